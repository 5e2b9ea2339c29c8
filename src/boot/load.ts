// Loads the bundle (scripts/bundle.mjs) with V8's code cache: bytecode the build saved after
// extracting one article, so a run skips parsing and compiling most of the program. Node 20
// has no compile cache for ES modules (module.enableCompileCache came in Node 22), hence a
// CommonJS bundle run through vm.Script. Measured on one 4.5 KB article: 12% fewer
// instructions for the whole process (callgrind), about a fifth of what extract adds to Node's
// own start-up. A cache V8 rejects (another Node version or V8 flags) only costs the compile
// it would have saved; the file names carry the bundle's hash, so a cache never meets a bundle
// it was not made from.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { WORKER_FLAG } from './flags.js';

/** Set by the build only: save the code cache when the process ends. */
const WRITE_CACHE = 'EXTRACT_BUILD_CODE_CACHE';

/**
 * The bundle compiled through its code cache. V8 accepts a cache only under the flags it was made with:
 * the worker threads of a batch run under a larger interrupt budget (../batch/pool.ts), so they have a
 * cache of their own, which the build makes in a process started with that flag (scripts/bundle.mjs).
 */
export function compileBundle(bundle: URL): { script: Script; cacheFile: string } {
  const filename = fileURLToPath(bundle);
  const forWorkers = !isMainThread || process.execArgv.includes(WORKER_FLAG);
  const cacheFile = `${filename}${forWorkers ? '.workers' : ''}.cache`;
  const source = readFileSync(filename, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compile as usual
  }
  // the CommonJS wrapper, with import.meta.url (which the bundle reads as __bundleUrl)
  const script = new Script(`(function (require, module, exports, __filename, __dirname, __bundleUrl) {${source}\n})`, { filename, cachedData });
  return { script, cacheFile };
}

export function load(bundle: URL): void {
  const { script, cacheFile } = compileBundle(bundle);
  const filename = fileURLToPath(bundle);
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  if (process.env[WRITE_CACHE] === cacheFile) {
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  run(createRequire(bundle), module, module.exports, filename, fileURLToPath(new URL('.', bundle)), bundle.href);
}

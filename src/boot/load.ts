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
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * Bytecode a function runs before V8 considers optimising it (V8's default is 132 KB in Node 20).
 * A larger budget leaves lukewarm functions to the baseline tiers, so the optimising compiler
 * works on the hot ones only. Each worker thread optimises the program anew, and that compiling
 * (on V8's background threads) was what made --jobs 2 cost ~50% more CPU than --jobs 1. Measured
 * on 5 MB, three alternated runs each: --jobs 2 CPU 12.3 s → 9.3 s, --jobs 1 unchanged (8.0 s);
 * 2 and 4 MB budgets were no better. Set before the bundle compiles, and the worker threads share
 * it. EXTRACT_INTERRUPT_BUDGET overrides it (0: V8's default), for measuring only.
 */
const INTERRUPT_BUDGET = /^\d{1,9}$/.test(process.env.EXTRACT_INTERRUPT_BUDGET ?? '') ? Number(process.env.EXTRACT_INTERRUPT_BUDGET) : 1_000_000;

/** Set by the build only: save the code cache when the process ends. */
const WRITE_CACHE = 'EXTRACT_BUILD_CODE_CACHE';

/** The bundle compiled through its code cache (V8's flags set first: a cache is made and used under the same flags). */
export function compileBundle(bundle: URL): { script: Script; cacheFile: string } {
  if (INTERRUPT_BUDGET > 0) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const filename = fileURLToPath(bundle);
  const cacheFile = `${filename}.cache`;
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

// Bundles the command line into dist/bundle/ after tsc has type-checked and emitted dist/.
// Why: start-up is most of the time of `extract one-article.txt`. Node loads ~80 small ES
// modules one by one (~90 ms); one bundle loads in about half that, and with V8's code cache
// (src/boot/load.ts) it is not even parsed: the bytecode of one training run is loaded instead.
//
//   dist/bundle/extract-<hash>.cjs        the program, command line and worker threads alike
//   dist/bundle/extract-<hash>.cjs.cache  its code cache, made here by extracting one fixture
//   dist/bundle/extract-<hash>.cjs.workers.cache  the same, for the batch's worker threads
//   dist/bundle/main.js, worker.js        load it (bin/extract imports main.js)
//
// Packages that only some runs need (yaml, linkedom, Readability, markdown-it, picomatch) stay in
// node_modules and load on first use, through require(): a script run by vm.Script has no
// import() without an experimental Node API. chalk has no CommonJS build, so it is bundled
// (and still initialised only when the pretty view is asked for).

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORKER_FLAG } from '../dist/boot/flags.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../dist/bundle/', import.meta.url);

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/boot/entry.ts'],
  bundle: true,
  write: false,
  outfile: 'extract.cjs',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // commander is needed on every run: bundled, it loads with the rest (a CommonJS package costs ~20 ms to resolve and wrap)
  external: ['yaml', 'linkedom', '@mozilla/readability', 'picomatch', 'markdown-it'],
  // import() becomes require(): see above
  supported: { 'dynamic-import': false },
  // src/boot/load.ts passes the bundle's own URL in
  define: { 'import.meta.url': '__bundleUrl' },
  logLevel: 'warning',
});
// ASCII only: esbuild keeps the source's "’", "…", "–" in regular expressions and comments, and
// one such character makes Node decode the whole 0.8 MB file as UTF-8 the slow way into a
// two-byte string (8-20 ms at every start, in every worker). Each becomes its \u escape, which
// means the same character in a string, a template, a regular expression (with or without the
// u flag) and is plain text in a comment; an escaped one ("\’") would not, so the build stops.
const NON_ASCII = /[^\x00-\x7f]/g;
const utf8 = result.outputFiles[0].text;
if (/\\[^\x00-\x7f]/.test(utf8)) throw new Error('bundle: a non-ASCII character follows a backslash; write it as \\u in the source');
const code = utf8.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const name = `extract-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.cjs`;

// a name per content: an old build's files must not stay beside the new ones
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(new URL(name, out), code);
const loader = `// Written by scripts/bundle.mjs: runs the bundle beside it through its code cache.\nimport { load } from '../boot/load.js';\nload(new URL('./${name}', import.meta.url));\n`;
// the worker threads' script sits beside the bundle (src/batch/pool.ts)
for (const entry of ['main.js', 'worker.js']) writeFileSync(new URL(entry, out), loader);

// The training runs: one fixture, so a cache holds the bytecode of everything one article needs.
// One for the command line, one under the flag the batch pool sets for its worker threads
// (src/boot/flags.ts), since V8 accepts a cache only under the flags it was made with.
for (const [flags, cache] of [[[], `${name}.cache`], [[WORKER_FLAG], `${name}.workers.cache`]]) {
  const training = spawnSync(process.execPath, [...flags, fileURLToPath(new URL('main.js', out)), 'fixtures/pakistan-afghanistan-talks.txt'], {
    cwd: root,
    env: { ...process.env, EXTRACT_BUILD_CODE_CACHE: fileURLToPath(new URL(cache, out)) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (training.status !== 0) {
    process.stderr.write(`bundle: the training run for ${cache} failed (exit ${training.status}); the bundle works without it\n`);
  }
}

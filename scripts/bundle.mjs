// Bundles the command line into dist/bundle/ after tsc has type-checked and emitted dist/.
// Why: Node loads ~80 small ES modules one by one at start-up (~90 ms); one bundle loads in
// about half that, and start-up is most of the time of `extract one-article.txt`.
// Formats and HTML input stay separate chunks, loaded only when used (code splitting);
// packages from node_modules stay outside the bundle and load as usual.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// chunk names carry a content hash: an old build's chunks would stay beside the new ones
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // the worker thread's script must sit beside the chunk that starts it (src/batch/pool.ts)
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is needed on every run: bundled, it loads with the rest (a CommonJS package costs ~20 ms to resolve and wrap);
  // the others load only for some runs and stay in node_modules
  external: ['yaml', 'chalk', 'linkedom', '@mozilla/readability', 'picomatch'],
  chunkNames: 'chunk-[hash]',
  // commander's CommonJS asks for Node's built-ins with require(), which an ES module lacks
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});

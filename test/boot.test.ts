// The built command line loads its bundle through V8's code cache (src/boot/load.ts). A cache
// that is missing, cut short or not a cache at all must change nothing but the start-up time.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = new URL('../dist/', import.meta.url).pathname;
const EXAMPLE = new URL('../fixtures/pakistan-afghanistan-talks.txt', import.meta.url).pathname;
const copies: string[] = [];

/** dist/bundle and dist/boot copied aside, a cache file (`.cjs.cache`, the command line's, by default) made over by `change` (null: removed). */
function bundleWith(change: (cache: Buffer) => Buffer | null, suffix = '.cjs.cache'): string {
  const root = mkdtempSync(join(tmpdir(), 'extract-boot-'));
  copies.push(root);
  cpSync(join(DIST, 'bundle'), join(root, 'dist', 'bundle'), { recursive: true });
  cpSync(join(DIST, 'boot'), join(root, 'dist', 'boot'), { recursive: true });
  cpSync(new URL('../package.json', import.meta.url).pathname, join(root, 'package.json'));
  // the packages a batch loads on first use (a folder's globs: picomatch)
  symlinkSync(new URL('../node_modules', import.meta.url).pathname, join(root, 'node_modules'));
  const file = readdirSync(join(root, 'dist', 'bundle')).find((f) => f.endsWith(suffix));
  expect(file).toBeDefined();
  const path = join(root, 'dist', 'bundle', file!);
  const cache = change(readFileSync(path));
  if (cache === null) rmSync(path);
  else writeFileSync(path, cache);
  return join(root, 'dist', 'bundle', 'main.js');
}

function extract(main: string) {
  const p = spawnSync(process.execPath, [main, EXAMPLE, '--reference-date', '2025-10-28', '--format', 'jsonl'], { encoding: 'utf8' });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

describe('the code cache', { timeout: 60_000 }, () => {
  const expected = extract(join(DIST, 'bundle', 'main.js'));

  it('is made by the build and gives the example', () => {
    expect(expected.code).toBe(0);
    expect(expected.stderr).toBe('');
    expect(JSON.parse(expected.stdout).claims.length).toBeGreaterThan(10);
  });

  it('is made under the flags the loader runs with, so V8 accepts it (the batch pool sets its flag only for workers)', () => {
    const load = new URL('boot/load.js', `file://${DIST}`).href;
    const bundle = readdirSync(join(DIST, 'bundle')).find((f) => f.endsWith('.cjs'));
    const code = `import(${JSON.stringify(load)}).then(({ compileBundle }) => console.log(compileBundle(new URL(${JSON.stringify(`file://${join(DIST, 'bundle', bundle!)}`)})).script.cachedDataRejected))`;
    const env = { ...process.env };
    delete env.EXTRACT_INTERRUPT_BUDGET;
    const p = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env });
    expect(p.stderr).toBe('');
    expect(p.stdout.trim()).toBe('false');
  });

  it('has a second cache for the worker threads, which V8 accepts in a worker under the pool\'s flag', () => {
    const load = new URL('boot/load.js', `file://${DIST}`).href;
    const flags = new URL('boot/flags.js', `file://${DIST}`).href;
    const bundle = readdirSync(join(DIST, 'bundle')).find((f) => f.endsWith('.cjs'));
    expect(readdirSync(join(DIST, 'bundle'))).toContain(`${bundle}.workers.cache`);
    const inWorker = `import(${JSON.stringify(load)}).then(({ compileBundle }) => { const { script, cacheFile } = compileBundle(new URL(${JSON.stringify(`file://${join(DIST, 'bundle', bundle!)}`)})); console.log(cacheFile.endsWith('.workers.cache'), script.cachedDataRejected); })`;
    const code = `import(${JSON.stringify(flags)}).then(({ WORKER_FLAG }) => { require('node:v8').setFlagsFromString(WORKER_FLAG); new (require('node:worker_threads').Worker)(${JSON.stringify(inWorker)}, { eval: true }); })`;
    const p = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.stdout.trim()).toBe('true false');
  });

  it('changes nothing in a batch when the workers\' cache is not a cache', () => {
    const main = bundleWith(() => Buffer.from('garbage'), '.workers.cache');
    const dir = mkdtempSync(join(tmpdir(), 'extract-boot-batch-'));
    copies.push(dir);
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) cpSync(EXAMPLE, join(dir, name));
    const run = (m: string) => spawnSync(process.execPath, [m, dir, '--reference-date', '2025-10-28', '--format', 'jsonl', '--jobs', '2', '--quiet'], { encoding: 'utf8' });
    const broken = run(main);
    const good = run(join(DIST, 'bundle', 'main.js'));
    expect(broken.stderr).toBe('');
    expect(broken.status).toBe(0);
    expect(broken.stdout.trim().split('\n')).toHaveLength(4);
    expect(broken.stdout).toBe(good.stdout);
  });

  it.each([
    ['missing', () => null],
    ['not a cache', () => Buffer.from('garbage')],
    ['cut short', (cache: Buffer) => cache.subarray(0, cache.length >> 1)],
  ])('changes nothing when it is %s', (_, change) => {
    const r = extract(bundleWith(change));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});

// The built command line loads its bundle through V8's code cache (src/boot/load.ts). A cache
// that is missing, cut short or not a cache at all must change nothing but the start-up time.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = new URL('../dist/', import.meta.url).pathname;
const EXAMPLE = new URL('../fixtures/pakistan-afghanistan-talks.txt', import.meta.url).pathname;
const copies: string[] = [];

/** dist/bundle and dist/boot copied aside, the cache file made over by `change` (null: removed). */
function bundleWith(change: (cache: Buffer) => Buffer | null): string {
  const root = mkdtempSync(join(tmpdir(), 'extract-boot-'));
  copies.push(root);
  cpSync(join(DIST, 'bundle'), join(root, 'dist', 'bundle'), { recursive: true });
  cpSync(join(DIST, 'boot'), join(root, 'dist', 'boot'), { recursive: true });
  cpSync(new URL('../package.json', import.meta.url).pathname, join(root, 'package.json'));
  const file = readdirSync(join(root, 'dist', 'bundle')).find((f) => f.endsWith('.cache'));
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

// Hostile files and processes through the real binary: each problem is one line on
// stderr with its path, the other inputs are still processed, and the exit code says so.
// (Folders, symlink loops, FIFOs, --out containment, EPIPE and SIGINT are covered in
// test/batch*.test.ts; this file holds the rest of issue 9's list.)

import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from '../helpers/run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'extract-hostile-'));
const isRoot = process.getuid?.() === 0;

describe('hostile files', { timeout: 120_000 }, () => {
  it('skips a character device instead of reading it forever', () => {
    const r = run(['/dev/zero', EXAMPLE, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^extract: \/dev\/zero: not a regular file.*skipped\n$/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file over --max-bytes with a clear message, and goes on', () => {
    const dir = tmp();
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(1000));
    // the example is 4,572 bytes: under the limit, so it is still printed
    const r = run([big, EXAMPLE, '--max-bytes', '4600', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${big}: file is 5000 bytes, over --max-bytes 4600 (raise it to read this file)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it.skipIf(isRoot)('reports an unreadable file (permission denied) on one line', () => {
    const dir = tmp();
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Officials said the talks failed.');
    chmodSync(locked, 0o000);
    const r = run([locked]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${locked}: permission denied\n`);
  });

  it('reports an output folder that cannot be created (a file is in the way), exit 1, nothing written', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'blocker'), 'not a folder');
    const r = run([EXAMPLE, '--out', join(dir, 'blocker', 'results')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: .*blocker.*: cannot (create|write)/);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it('gives line and column for a malformed --lexicon file, exit 2, nothing processed', () => {
    const dir = tmp();
    const lexicon = join(dir, 'lexicon.yaml');
    writeFileSync(lexicon, 'entities:\n  - name: Acme\n    type: [unclosed\n');
    const r = run([EXAMPLE, '--lexicon', lexicon]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: .*lexicon\.yaml: line \d+, column \d+: /);
  });

  it('says what is wrong with a well-formed --lexicon entry', () => {
    const dir = tmp();
    const lexicon = join(dir, 'lexicon.yaml');
    writeFileSync(lexicon, 'entities:\n  - name: Acme\n    type: company\n');
    const r = run([EXAMPLE, '--lexicon', lexicon]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3, column \d+: type must be person, organization, location or unnamed/);
  });

  it('leaves exactly the finished files in the output folder, no temporary ones', () => {
    const out = tmp();
    const r = run([EXAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    const files = (readdirSync(out, { recursive: true }) as string[]).filter((f) => existsSync(join(out, f)) && !f.endsWith('fixtures'));
    expect(files).toEqual([join('fixtures', 'pakistan-afghanistan-talks.txt.json')]);
  });
});

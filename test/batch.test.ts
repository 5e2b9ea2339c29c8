// Batch mode end to end: folders, globs, loops, FIFOs, order, --jobs, --shard, failures.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEXT, folder, lines, run } from './helpers/run-cli.js';

/** Short articles that differ, so their outputs can be told apart. */
function article(n: number): string {
  return `Story ${n}\n\nOfficials said on Monday that ${n + 2} people were killed in the attack.\n`;
}

function paths(stdout: string, root: string): string[] {
  return lines(stdout).map((line) => JSON.parse(line).source.path.slice(root.length + 1));
}

describe('batch: folders', { timeout: 120_000 }, () => {
  it('walks a folder recursively in name order, reading .txt .md .html .htm only, skipping hidden entries', () => {
    const root = folder({
      'b.txt': article(1),
      'a.md': article(2),
      'sub/c.txt': article(3),
      'sub/deeper/d.htm': `<html><body><p>${article(4)}</p></body></html>`,
      'notes.json': '{}',
      '.hidden.txt': article(5),
      '.git/e.txt': article(6),
      'README': article(7),
    });
    const r = run([root, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(paths(r.stdout, root)).toEqual(['a.md', 'b.txt', 'sub/c.txt', 'sub/deeper/d.htm']);
  });

  it.each([
    [['--include', '*.md'], ['a.md']],
    [['--include', 'sub/**'], ['sub/c.txt', 'sub/x.json']],
    [['--exclude', 'sub'], ['a.md', 'b.txt']],
    [['--exclude', '*.md', '--exclude', 'c.txt'], ['b.txt']],
    [['--include', '*.json', '--include', '*.txt'], ['b.txt', 'sub/c.txt', 'sub/x.json']],
  ])('selects files with %j', (args, expected) => {
    const root = folder({ 'a.md': article(1), 'b.txt': article(2), 'sub/c.txt': article(3), 'sub/x.json': article(4) });
    const r = run([root, '--format', 'jsonl', ...args]);
    expect(r.stderr).toBe('');
    expect(paths(r.stdout, root)).toEqual(expected);
  });

  it('reports a symbolic link loop on one line and still processes the rest', () => {
    const root = folder({ 'a.txt': article(1), 'sub/b.txt': article(2) });
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('nowhere.txt', join(root, 'broken.txt'));
    const r = run([root, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `extract: ${join(root, 'broken.txt')}: broken symbolic link, skipped`,
      `extract: ${join(root, 'sub', 'up')}: symbolic link loop (links back to a parent folder), skipped`,
    ]);
    expect(paths(r.stdout, root)).toEqual(['a.txt', 'sub/b.txt']);
  });

  it('lists a folder linked twice once', () => {
    const root = folder({ 'real/a.txt': article(1) });
    symlinkSync('real', join(root, 'zlink'));
    const r = run([root, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(paths(r.stdout, root)).toEqual(['real/a.txt']);
  });

  it('skips a FIFO with an error instead of waiting on it, in a folder or named', () => {
    const root = folder({ 'a.txt': article(1) });
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const r = run([root, join(root, 'pipe.txt'), '/dev/null', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `extract: ${join(root, 'pipe.txt')}: not a regular file (a FIFO, socket or device), skipped`,
      `extract: ${join(root, 'pipe.txt')}: not a regular file (a FIFO, socket or device), skipped`,
      'extract: /dev/null: not a regular file (a FIFO, socket or device), skipped',
    ]);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});

describe('batch: order, jobs and shards', { timeout: 180_000 }, () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`${String(i).padStart(2, '0')}.txt`] = i % 5 === 0 ? EXAMPLE_TEXT : article(i);
  files['07.txt'] = '\u0000binary';

  it('prints the same bytes with --jobs 1 and --jobs 3, failures in place', () => {
    const root = folder(files);
    const one = run([root, '--format', 'jsonl', '--jobs', '1']);
    const three = run([root, '--format', 'jsonl', '--jobs', '3']);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr).toBe(`extract: ${join(root, '07.txt')}: binary file, skipped\n`);
    expect(lines(one.stdout)).toHaveLength(23);
  });

  it('splits the inputs into disjoint shards whose union is the whole run', () => {
    const root = folder(files);
    const whole = lines(run([root, '--format', 'jsonl']).stdout);
    const shards = ['1/3', '2/3', '3/3'].map((shard) => lines(run([root, '--format', 'jsonl', '--shard', shard]).stdout));
    expect(shards.map((s) => s.length).sort()).toEqual([7, 8, 8]); // 24 inputs, one of them failing
    expect(shards.flat().sort()).toEqual([...whole].sort());
    // deterministic: the 1st shard holds inputs 0, 3, 6…
    expect(JSON.parse(shards[0]![1]!).source.path).toBe(join(root, '03.txt'));
  });

  it('a crashed worker fails only its own input', () => {
    const root = folder(files);
    const r = run([root, '--format', 'jsonl', '--jobs', '2'], { env: { EXTRACT_TEST_WORKER_CRASH: '12.txt' } });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `extract: ${join(root, '07.txt')}: binary file, skipped`,
      `extract: ${join(root, '12.txt')}: internal error: worker crashed: exited with code 70 (please report it with this file)`,
    ]);
    expect(paths(r.stdout, root)).toHaveLength(22);
    expect(paths(r.stdout, root)).not.toContain('12.txt');
  });
});

describe('batch: usage', { timeout: 60_000 }, () => {
  it.each([
    [['--jobs', '0'], /'0' is not a number of jobs/],
    [['--shard', '4/3'], /'4\/3' is not a shard \(use K\/N/],
    [['--shard', '0/3'], /is not a shard/],
    [['--input-format', 'xml'], /'xml' is invalid. Allowed choices are auto, text, html, markdown, jsonl/],
  ])('exits 2 on %j', (args, message) => {
    const r = run([...args, folder({ 'a.txt': 'x' })]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it('prints a one-line summary with --summary, nothing with --quiet', () => {
    const root = folder({ 'a.txt': article(1), 'b.txt': '\u0000' });
    const summary = run([root, '--summary', '--format', 'jsonl']);
    expect(lines(summary.stderr)[1]).toMatch(/^extract: 2 articles, 1 failed, \d+ claims? in \d+\.\d\d s \(\d+\.\d articles\/s\)$/);
    const quiet = run([root, '--summary', '--quiet', '--format', 'jsonl']);
    expect(lines(quiet.stderr)).toEqual([`extract: ${join(root, 'b.txt')}: binary file, skipped`]);
  });

  it('names a path with a newline in it on one line', () => {
    const root = folder();
    mkdirSync(join(root, 'x'));
    writeFileSync(join(root, 'x', 'bad\nname.txt'), '\u0000');
    const r = run([join(root, 'x')]);
    expect(r.stderr).toBe(`extract: ${join(root, 'x', 'bad\\nname.txt')}: binary file, skipped\n`);
  });
});

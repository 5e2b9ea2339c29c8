// --out DIR: one whole file per article, never outside DIR; EPIPE and SIGINT end cleanly.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_TEXT, folder, lines, run } from './helpers/run-cli.js';

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

describe('batch: --out', { timeout: 120_000 }, () => {
  it('writes DIR/<relative path>.json, the same JSON as stdout, and prints nothing on stdout', () => {
    const root = folder({ 'in/a.txt': EXAMPLE_TEXT, 'in/sub/b.md': 'Officials said the talks failed.\n' });
    const out = join(root, 'out');
    const r = run([join(root, 'in'), '--out', out, '-r', '2025-10-28']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: 2 articles, 0 failed, \d+ claims in [\d.]+ s/);
    expect(listFiles(out).sort()).toEqual(['a.txt.json', 'sub/b.md.json']);
    const alone = run([join(root, 'in', 'a.txt'), '-r', '2025-10-28']);
    expect(readFileSync(join(out, 'a.txt.json'), 'utf8')).toBe(alone.stdout);
  });

  it('uses the format extension: .yaml for yaml, .json for jsonl', () => {
    const root = folder({ 'a.txt': 'Officials said the talks failed.\n' });
    run([join(root, 'a.txt'), '--out', join(root, 'y'), '--format', 'yaml', '-q']);
    run([join(root, 'a.txt'), '--out', join(root, 'j'), '--format', 'jsonl', '-q']);
    // a file named by an absolute path outside the working folder keeps its base name
    expect(listFiles(join(root, 'y'))).toEqual(['a.txt.yaml']);
    expect(listFiles(join(root, 'j'))).toEqual(['a.txt.json']);
  });

  it('never writes outside DIR, whatever the inputs are named', () => {
    const root = folder({ 'deep/er/x.txt': 'One.\n', 'up.txt': 'Two.\n' });
    const out = join(root, 'deep', 'er', 'out');
    // "../../up.txt" given from inside deep/er; JSONL ids that try to climb out or be absolute
    const records = ['../../../etc/evil', '/tmp/abs', '..', 'ok'].map((id) => JSON.stringify({ id, text: 'Hello.' })).join('\n');
    const r1 = run(['../../up.txt', '../er/x.txt', '--out', 'out', '-q'], { cwd: join(root, 'deep', 'er') });
    const r2 = run(['--input-format', 'jsonl', '--out', out, '-q', '-'], { input: records });
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    const written = listFiles(out).sort();
    expect(written).toEqual(['_...json', '_.._.._.._etc_evil.json', '__/__/up.txt.json', '__/er/x.txt.json', '_tmp_abs.json', 'ok.json']);
    for (const file of written) expect(relative(out, join(out, file)).startsWith('..')).toBe(false);
    expect(existsSync(join(root, 'up.txt.json'))).toBe(false);
  });

  it('refuses to overwrite a file it wrote in the same run (two inputs with one name)', () => {
    const records = [{ id: 'a', text: 'One.' }, { id: 'a', text: 'Two.' }].map((r) => JSON.stringify(r)).join('\n');
    const out = join(folder(), 'out');
    const r = run(['--input-format', 'jsonl', '--out', out, '-q'], { input: records });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('extract: -:2: cannot write output: output file a.json was already written for -:1, not overwritten\n');
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).source.chars).toBe(4);
  });

  it('reports an output folder it cannot create on one line, exit 1, nothing written', () => {
    const root = folder({ 'a.txt': 'One.\n', 'file': 'in the way' });
    const r = run([join(root, 'a.txt'), '--out', join(root, 'file', 'out')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: .+file\/out: cannot create output folder: /);
  });

  it('writes index.html beside the pages with --format html (when that format has an index)', () => {
    const root = folder({ 'a.txt': EXAMPLE_TEXT, 'b.txt': 'Officials said the talks failed.\n' });
    const out = join(root, 'out');
    const r = run([join(root, 'a.txt'), join(root, 'b.txt'), '--out', out, '--format', 'html', '-q']);
    if (!r.stderr.includes('unknown format')) {
      expect(r.code).toBe(0);
      expect(listFiles(out).sort()).toEqual(['a.txt.html', 'b.txt.html', 'index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('a.txt.html');
    }
  });
});

describe('batch: ends', { timeout: 120_000 }, () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 300; i++) many[`${String(i).padStart(3, '0')}.txt`] = EXAMPLE_TEXT;
  // enough that the batch is still running when the signal comes, however slow the machine is
  const lots: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) lots[`${String(i).padStart(4, '0')}.txt`] = EXAMPLE_TEXT;

  it('`extract DIR | head -1` ends quietly with exit 0 (EPIPE is a normal end)', () => {
    const root = folder(many);
    const p = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" "${root}" --format jsonl | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(p.stderr).toBe('');
    expect(p.stdout.trim()).toBe('exit=0');
  });

  it.skipIf(!existsSync('/dev/full'))('reports a full disk on stdout on one line, exit 1', () => {
    const p = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" "${folder({ 'a.txt': EXAMPLE_TEXT })}" > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect(p.status).toBe(1);
    expect(p.stderr).toBe('extract: cannot write to stdout: no space left on device\n');
  });

  it('SIGINT stops a batch with exit 130 and leaves no half-written file', async () => {
    const root = folder(lots);
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'not ours');
    const child = spawn(process.execPath, [BIN, root, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // interrupt once the first files are in place, as someone pressing Ctrl-C would
    for (let i = 0; i < 600 && listFiles(out).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toBe('extract: interrupted\n');
    const files = listFiles(out);
    expect(files.filter((f) => !/^\d{4}\.txt\.json$/.test(f) && f !== 'keep.txt')).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      expect(JSON.parse(readFileSync(join(out, file), 'utf8')).schemaVersion).toBe(1); // every file whole
    }
    expect(files.length).toBeLessThan(3001);
  });
});

// The built binary as a subprocess: exit code, stdout and stderr each checked.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// EXTRACT_MAIN runs the tests against another build (a private one while others rebuild dist/).
const BIN = process.env.EXTRACT_MAIN ?? new URL('../bin/extract', import.meta.url).pathname;
const EXAMPLE = new URL('../fixtures/pakistan-afghanistan-talks.txt', import.meta.url).pathname;

function run(args: string[], input?: string) {
  const p = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('extract CLI', { timeout: 60_000 }, () => {
  it('prints the example as JSON with exit 0 and nothing on stderr', () => {
    const r = run([EXAMPLE, '--reference-date', '2025-10-28']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.referenceDate).toBe('2025-10-28');
    expect(out.title).toBe('Pakistan-Afghanistan Talks Stumble As Mistrust Deepens');
  });

  it('reads stdin when given "-" and names it "-"', () => {
    const r = run(['-', '--compact'], 'Officials said the talks failed.');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });

  it('accepts a reference date without leading zeros and normalises it', () => {
    const r = run(['-', '--reference-date', '2015-8-3'], 'Officials said the talks failed on Monday.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).referenceDate).toBe('2015-08-03');
  });

  it('shows the article text on an HTML page made from stdin', () => {
    const r = run(['-', '--format', 'html', '-r', '2025-10-28'], 'Officials said on Monday that 12 people were killed.');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/data-date="D1"[^>]*>Monday</);
  });

  it('prints one line per article with --format jsonl', () => {
    const r = run([EXAMPLE, EXAMPLE, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).source.path).toBe(EXAMPLE);
  });

  it('prints the same tree as YAML', () => {
    const json = JSON.parse(run([EXAMPLE, '-r', '2025-10-28']).stdout);
    const yaml = run([EXAMPLE, '-r', '2025-10-28', '--format', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toEqual(json);
  });

  it('reports a missing file on one line, prints the others, exits 1', () => {
    const r = run(['does-not-exist.txt', EXAMPLE, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('extract: does-not-exist.txt: no such file or directory\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  // A folder is walked for articles since batch mode (issue 7); one with none is still an error.
  it('reports a folder with no articles in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const r = run([dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^extract: .+: folder has no articles \(looked for \*\.txt \*\.md \*\.markdown \*\.html \*\.htm; see --include\)\n$/);
    expect(r.stdout).toBe('');
  });

  it('skips a binary file with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'blob.bin');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: ${file}: binary file, skipped\n`);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--format', 'xml'], /unknown format 'xml' \(use json, jsonl, yaml/],
    [['--reference-date', '2025-13-01'], /'2025-13-01' is not a date \(use YYYY-MM-DD/],
    [['--reference-date', '2025-02-30'], /'2025-02-30' is not a date/],
    [['--reference-date', '28/10/2025'], /'28\/10\/2025' is not a date/],
    [['--no-such-option'], /unknown option '--no-such-option'/],
  ])('exits 2 on usage error %j', (args, message) => {
    const r = run([...args, EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.startsWith('extract: ')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help with examples, and the version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("| jq '.quotes[]");
    const version = run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

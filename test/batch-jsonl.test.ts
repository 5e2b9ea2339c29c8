// JSON Lines in, JSON Lines out: the streaming-mapper contract (Hadoop Streaming,
// Spark RDD.pipe, GNU parallel --pipe): one line out per record in, in order, ids echoed.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_TEXT, folder, lines, run } from './helpers/run-cli.js';

const RECORDS = Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({
    id: `r${i}`,
    text: i % 10 === 3 ? EXAMPLE_TEXT : `Officials said on Monday that ${i + 2} people were killed in the attack.`,
    ...(i % 2 ? { referenceDate: '2025-10-28' } : {}),
  }),
);
const INPUT = RECORDS.join('\n') + '\n';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) {
  console.warn('batch-jsonl: GNU parallel is not installed (Debian package `parallel`); the --pipe mapper test is skipped');
}

describe('JSONL input', { timeout: 180_000 }, () => {
  it('prints one JSONL line per record, in order, echoing ids, titles and reference dates', () => {
    const r = run(['--input-format', 'jsonl'], {
      input: '{"id":"x","text":"Talks failed.","title":"Headline","referenceDate":"2025-10-28"}\n\n{"text":"No id here."}\n',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout).map((line) => JSON.parse(line));
    expect(out.map((o) => [o.source.id, o.source.path, o.title, o.referenceDate])).toEqual([
      ['x', '-', 'Headline', '2025-10-28'],
      ['3', '-', null, null], // no id: the record's line number
    ]);
    expect(out[0].source.chars).toBe('Talks failed.'.length);
    expect(out[0].source.sha256).toBe(createHash('sha256').update('Talks failed.').digest('hex'));
  });

  it('lets a record date win over --reference-date, which fills in the others', () => {
    const input = '{"id":"a","text":"Talks failed.","referenceDate":"2024-01-02"}\n{"id":"b","text":"Talks failed."}\n';
    const out = lines(run(['--input-format', 'jsonl', '-r', '2025-10-28'], { input }).stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.referenceDate)).toEqual(['2024-01-02', '2025-10-28']);
  });

  it('reports a bad record as PATH:LINE on one line and keeps the others', () => {
    const root = folder({ 'in.jsonl': '{"id":"a","text":"One."}\n{"id":"b"}\n{oops\n{"id":"d","text":"Four."}\n' });
    const r = run([join(root, 'in.jsonl'), '--input-format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `extract: ${join(root, 'in.jsonl')}:2: record has no "text" string`,
      expect.stringMatching(new RegExp(`^extract: ${join(root, 'in.jsonl')}:3: invalid JSON record \\(`)),
    ]);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.id)).toEqual(['a', 'd']);
  });

  it('gives the same lines with --jobs 1 and --jobs 2', () => {
    const one = run(['--input-format', 'jsonl', '--jobs', '1'], { input: INPUT });
    const two = run(['--input-format', 'jsonl', '--jobs', '2'], { input: INPUT });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(one.stdout).map((l) => JSON.parse(l).source.id)).toEqual(RECORDS.map((_, i) => `r${i}`));
  });

  it('reads .jsonl files in a folder, each record labelled by its file and line', () => {
    const root = folder({ 'a.jsonl': RECORDS.slice(0, 3).join('\n'), 'b.ndjson': RECORDS.slice(3, 5).join('\n'), 'c.txt': 'not JSONL' });
    const r = run([root, '--input-format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it.skipIf(!hasParallel)('is a drop-in mapper under GNU parallel --pipe: same lines, same order', () => {
    const root = folder();
    writeFileSync(join(root, 'in.jsonl'), INPUT);
    const direct = run(['--input-format', 'jsonl', '--jobs', '1'], { input: INPUT });
    // 7 records per mapper process, up to 3 at once, output kept in input order (-k)
    const piped = spawnSync(
      'bash',
      ['-c', `parallel --will-cite --pipe -N 7 -j 3 -k "${process.execPath}" "${BIN}" --input-format jsonl --jobs 1 < "${join(root, 'in.jsonl')}"`],
      { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(lines(piped.stdout)).toHaveLength(RECORDS.length);
    expect(piped.stdout).toBe(direct.stdout);
  });
});

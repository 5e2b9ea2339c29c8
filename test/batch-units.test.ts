// The batch building blocks, in process: JSONL lines and records, globs, output names, shards.

import { describe, expect, it } from 'vitest';
import { compileGlobs } from '../src/batch/globs.js';
import { outNameOf, shardInputs } from '../src/batch/inputs.js';
import { safeName } from '../src/batch/job.js';
import { parseRecord, readLines } from '../src/batch/jsonl.js';
import type { Input } from '../src/batch/types.js';
import { toCalendarDate } from '../src/input/calendar-date.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Buffer.from(part);
}

describe('readLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, numbering blank lines but not yielding them', async () => {
    const got = await collect(readLines(chunks('{"a":1}\r', '\n\n{"b"', ':2}\n  \n{"c":3}'), 100));
    expect(got).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 3, text: '{"b":2}' },
      { number: 5, text: '{"c":3}' },
    ]);
  });

  it('skips a line over the limit without buffering it, and goes on', async () => {
    const got = await collect(readLines(chunks('short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'), 40));
    expect(got).toEqual([
      { number: 1, text: 'short' },
      { number: 2, text: null },
      { number: 3, text: 'next' },
    ]);
  });

  it('keeps a multi-byte character split between chunks whole', async () => {
    const bytes = Buffer.from('{"text":"Köln – 5 €"}\n');
    const got = await collect(readLines((async function* () {
      yield bytes.subarray(0, 11);
      yield bytes.subarray(11);
    })(), 100));
    expect(got[0]!.text).toBe('{"text":"Köln – 5 €"}');
  });
});

describe('parseRecord', () => {
  it.each([
    ['{"id":"a1","text":"T","referenceDate":"2025-10-28","title":"H"}', { id: 'a1', text: 'T', referenceDate: '2025-10-28', title: 'H' }],
    ['{"id":7,"text":""}', { id: '7', text: '' }],
    ['{"text":"no id","referenceDate":"2025-10-28T23:00:00Z","extra":true}', { text: 'no id', referenceDate: '2025-10-28' }],
    ['{"id":null,"text":"T","title":null}', { text: 'T' }],
  ])('reads %s', (line, expected) => {
    expect(parseRecord(line, 1000)).toEqual(expected);
  });

  it.each([
    ['not json', /^invalid JSON record \(/],
    ['[1,2]', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
    ['{"id":"a"}', /record has no "text" string/],
    ['{"text":5}', /record has no "text" string/],
    ['{"text":"T","id":{"x":1}}', /"id" must be a string or a number/],
    ['{"text":"T","referenceDate":"yesterday"}', /"referenceDate" 'yesterday' is not a date/],
    ['{"text":"T","referenceDate":"2025-02-30"}', /is not a date/],
    ['{"text":"T","title":["x"]}', /"title" must be a string/],
    [`{"text":"${'x'.repeat(50)}"}`, /over --max-bytes 20/],
  ])('rejects %s', (line, message) => {
    expect(() => parseRecord(line, 20 + (line.includes('xxxxx') ? 0 : 1000))).toThrow(message);
  });
});

describe('globs', () => {
  it.each([
    [['*.txt'], 'a.txt', true],
    [['*.txt'], 'deep/er/a.txt', true],
    [['*.txt'], 'a.txt.bak', false],
    [['drafts'], 'x/drafts', true],
    [['drafts/**'], 'drafts/2025/a.md', true],
    [['drafts/**'], 'x/drafts/a.md', false],
    [['2025/**/*.md'], '2025/10/a.md', true],
    [['./2025/*.md'], '2025/a.md', true],
    [['*.{md,txt}'], 'a/b.md', true],
  ])('%j matches %s: %s', (patterns, path, expected) => {
    expect(compileGlobs(patterns)(path)).toBe(expected);
  });

  it('matches nothing without patterns', () => {
    expect(compileGlobs([])('a.txt')).toBe(false);
  });
});

describe('output names', () => {
  it.each([
    ['a.txt', 'a.txt'],
    ['./sub/a.txt', 'sub/a.txt'],
    ['../a.txt', '__/a.txt'],
    ['a/../../b.txt', '__/b.txt'],
    ['/work/x/a.txt', 'x/a.txt'],
    ['/elsewhere/a.txt', 'a.txt'],
    ['/work', 'work'],
  ])('a file named %s is written as <out>/%s.<ext>', (path, expected) => {
    expect(outNameOf(path, '/work')).toBe(expected);
  });

  it.each([
    ['a1', 'a1'],
    ['2025/10/a', '2025_10_a'],
    ['../../etc/passwd', '_.._.._etc_passwd'],
    ['.hidden', '_.hidden'],
    ['', '_'],
    ['Köln', 'K_ln'],
  ])('a record id %j is written as %s', (id, expected) => {
    expect(safeName(id)).toBe(expected);
  });
});

describe('shards', () => {
  it('takes every N-th input from position K-1', async () => {
    const inputs = async function* (): AsyncGenerator<Input> {
      for (let i = 0; i < 10; i++) yield { kind: 'error', label: String(i), message: '' };
    };
    const labels = async (index: number, count: number) => (await collect(shardInputs(inputs(), { index, count }))).map((i) => i.label);
    expect(await labels(1, 3)).toEqual(['0', '3', '6', '9']);
    expect(await labels(3, 3)).toEqual(['2', '5', '8']);
    expect(await labels(1, 1)).toHaveLength(10);
  });
});

describe('calendar dates from metadata', () => {
  it.each([
    ['2025-10-28', '2025-10-28'],
    ['2025-10-28T23:30:00-05:00', '2025-10-28'],
    [' 2025-03-14T08:30:00Z', '2025-03-14'],
    ['2025-02-30', null],
    ['October 28, 2025', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(toCalendarDate(value)).toBe(expected);
  });
});

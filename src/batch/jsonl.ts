// JSON Lines input: `{"id", "text", "referenceDate"?, "title"?}` one per line.
// Lines are split from a byte stream without holding more than one line in memory,
// and a line over --max-bytes is skipped whole rather than buffered.

import { InputError } from '../input/decode.js';
import { toCalendarDate } from '../input/calendar-date.js';

export interface ArticleRecord {
  id?: string;
  text: string;
  referenceDate?: string;
  title?: string;
}

/** Parses and checks one record; throws InputError naming the field that is wrong. */
export function parseRecord(json: string, maxBytes: number): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(`invalid JSON record (${(error as Error).message.split('\n')[0]})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('a record must be a JSON object like {"id": "a1", "text": "…"}');
  }
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError('record has no "text" string');
  if (Buffer.byteLength(r.text, 'utf8') > maxBytes) {
    throw new InputError(`record text is over --max-bytes ${maxBytes} (raise it to read this record)`);
  }
  const record: ArticleRecord = { text: r.text };
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new InputError('record "id" must be a string or a number');
    record.id = String(r.id);
  }
  if (r.referenceDate !== undefined && r.referenceDate !== null) {
    const date = typeof r.referenceDate === 'string' ? toCalendarDate(r.referenceDate) : null;
    if (!date) throw new InputError(`record "referenceDate" '${String(r.referenceDate)}' is not a date (use YYYY-MM-DD)`);
    record.referenceDate = date;
  }
  if (r.title !== undefined && r.title !== null) {
    if (typeof r.title !== 'string') throw new InputError('record "title" must be a string');
    record.title = r.title;
  }
  return record;
}

export interface Line {
  /** 1-based line number */
  number: number;
  /** the line without its line end; null when it was over the limit and skipped */
  text: string | null;
}

const NEWLINE = 0x0a;

/** Splits a byte stream into lines (LF or CRLF), skipping blank ones; a line longer than `maxBytes` yields text null. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): Line | null => {
    number++;
    let line: Line | null = null;
    if (tooLong) line = { number, text: null };
    else {
      let text = Buffer.concat(parts, length).toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text.trim() !== '') line = { number, text };
    }
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); ; at = buffer.indexOf(NEWLINE, from)) {
      const end = at === -1 ? buffer.length : at;
      if (!tooLong) {
        if (length + end - from > maxBytes) {
          tooLong = true;
          parts = [];
        } else if (end > from) parts.push(buffer.subarray(from, end));
        length += end - from;
      }
      if (at === -1) break;
      const line = finish();
      if (line) yield line;
      from = at + 1;
    }
  }
  if (length > 0 || tooLong) {
    const line = finish();
    if (line) yield line;
  }
}

// Broken and unusual input, run through the library: valid output, true spans, no throw.

import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/extract.js';
import { decode, InputError } from '../../src/input/decode.js';
import { falseSpans, schemaErrors } from '../helpers/check.js';

const ARTICLE =
  'Officials Meet\n\nTwo officials said on Monday that 12 people were killed. “We will not stop,” the minister said.\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[3 + 2 * i] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

/** Runs bytes through extract and checks the result against the text decode() gives. */
function checked(bytes: Uint8Array) {
  const { text } = decode(bytes);
  const result = extractBytes(bytes, { path: 'x.txt', referenceDate: '2025-10-28' });
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, text)).toEqual([]);
  expect(result.source.chars).toBe(text.length);
  return { text, result };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('hostile input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n  \u00a0 '],
    ['CRLF line ends', ARTICLE.replaceAll('\n', '\r\n')],
    ['lone CR line ends', ARTICLE.replaceAll('\n', '\r')],
    ['non-breaking and zero-width spaces', ARTICLE.replaceAll(' ', '\u00a0').replace('Two', 'T\u200bwo')],
    ['emoji outside the BMP', ARTICLE.replace('Officials', '🇵🇰 Officials 😀')],
    ['a thousand unbalanced quotation marks', '“'.repeat(1000) + ARTICLE + '”'.repeat(7)],
    ['deeply nested quotation marks', '“‘“‘'.repeat(500) + 'he said' + '’”’”'.repeat(500)],
    ['straight quotes everywhere', '"'.repeat(2001) + ' said Smith.'],
    // object-prototype names must not be found in word lists stored as plain objects
    [
      'prototype names as words',
      'Constructor said “no.” “It is safe,” constructor said. __proto__ warned that toString killed 3 hasOwnProperty valueOf.',
    ],
  ])('%s: valid output with true spans', (_name, text) => {
    checked(utf8(text));
  });

  it('gives empty lists for an empty file', () => {
    const { result } = checked(utf8(''));
    expect([result.actors, result.dates, result.casualties, result.quotes, result.claims]).toEqual([[], [], [], [], []]);
  });

  it('removes a UTF-8 BOM and counts offsets without it', () => {
    const { text, result } = checked(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(text).toBe(ARTICLE);
    expect(result.source.bytes).toBe(utf8(ARTICLE).length + 3);
  });

  it.each([true, false])('decodes UTF-16 with a BOM (little-endian: %s)', (le) => {
    const { text } = checked(utf16(ARTICLE, le));
    expect(text).toBe(ARTICLE);
  });

  it('replaces invalid UTF-8 with U+FFFD and warns, offsets true to the decoded text', () => {
    const bytes = new Uint8Array([...utf8('Two officials said '), 0xc3, 0x28, 0xff, ...utf8(' 12 people were killed.')]);
    const { text, result } = checked(bytes);
    expect(text).toContain('\ufffd');
    expect(result.warnings.map((w) => w.code)).toContain('invalid-utf8');
  });

  it('refuses a binary file (a NUL byte in the first 8 KB)', () => {
    expect(() => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(InputError);
    expect(() => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow('binary file, skipped');
  });

  it('handles a 5 MB line with no punctuation', () => {
    // one sentence of a million words: each rule's per-sentence work must stay linear in it
    // ("officials commissioner" met a scan from the sentence's start per unnamed source; "3 hours
    // 20 minutes" an array splice per compound duration)
    const words = ['the', 'talks', 'Pakistan', 'officials', 'commissioner', '12', 'killed', 'Monday', 'said', '3', 'hours', '20', 'minutes'];
    const parts: string[] = [];
    for (let n = 0; n < 5_000_000; ) {
      const w = words[parts.length % words.length]!;
      parts.push(w);
      n += w.length + 1;
    }
    checked(utf8(parts.join(' ')));
  }, 120_000);
});

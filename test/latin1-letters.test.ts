// datePattern (src/stages/dates/latin1.ts): the date rules' \p{L} narrowed to Latin-1's letters,
// which must match exactly what \p{L} matches on the one-byte copy the rules run over.

import { describe, expect, it } from 'vitest';
import { datePattern, latin1View, narrowLetters, onCopy } from '../src/stages/dates/latin1.js';

const LATIN1 = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));

describe('datePattern', () => {
  it.each(['u', 'iu'])('a letter, alone or in a class, matches the same Latin-1 characters (flags %s)', (flags) => {
    for (const source of ['\\p{L}', '[\\p{L}]', '[^\\p{L}]', '[\\p{L}\\d-]', '(?<![\\p{L}])x']) {
      const written = new RegExp(`^${source}$`, flags);
      const narrowed = datePattern(`^${source}$`, flags);
      expect(narrowed.source).not.toContain('\\p{L}');
      for (const ch of LATIN1) expect([source, ch, narrowed.test(ch)]).toEqual([source, ch, written.test(ch)]);
    }
  });

  it.each(['u', 'iu'])('an upper- or lower-case letter matches the same Latin-1 characters (flags %s)', (flags) => {
    for (const source of ['\\p{Lu}', '\\p{Ll}', '[^\\p{Ll}]', '[\\p{Lu}\\d]', '\\p{Lu}\\p{Ll}{2}', '(?:^|[^\\p{L}])\\p{Ll}']) {
      const written = new RegExp(`^${source}$`, flags);
      const narrowed = datePattern(`^${source}$`, flags);
      expect(narrowed.source).not.toMatch(/\\p\{/);
      const tries = source.includes('{2}') || source.includes('^|') ? LATIN1.flatMap((a) => ['Ab', 'a', 'É', 'ª', 'µ', '1'].map((b) => source.includes('{2}') ? `${a}${b}${b}` : `${a}${b}`)) : LATIN1;
      for (const s of tries) expect([source, s, narrowed.test(s)]).toEqual([source, s, written.test(s)]);
    }
  });

  it('an expression for the copy keeps its flags and narrows its letters', () => {
    const re = onCopy(/(?:^|[^\p{L}])an?\s{1,4}$/iu);
    expect(re.flags).toBe('iu');
    expect(re.source).not.toContain('\\p{L}');
    expect(['in a ', 'AN ', 'plan ', 'É a '].map((s) => re.test(s))).toEqual([true, true, false, true]);
  });

  it('narrows inside a class without nesting one, and leaves escaped brackets alone', () => {
    expect(narrowLetters('[\\p{L}\\d]')).toBe('[A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\d]');
    expect(narrowLetters('\\[\\p{L}\\]')).toBe('\\[[A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF]\\]');
    expect(narrowLetters('\\d{4}')).toBe('\\d{4}');
  });

  it('finds the same dates in the copy of text with letters outside Latin-1', () => {
    const pattern = '(?<![\\p{L}])(?:last|next)\\s{1,4}week(?![\\p{L}])';
    const text = latin1View('Łukasz said last week; Zoë left nextweek and Ørsted next week, 东京 last week.');
    const find = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
    expect(find(datePattern(pattern, 'giu'))).toEqual(find(new RegExp(pattern, 'giu')));
    expect(find(datePattern(pattern, 'giu'))).toHaveLength(3);
  });
});

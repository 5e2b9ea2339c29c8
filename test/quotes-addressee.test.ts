// The addressee of a trailing "told": "…, Medina told local radio." Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/extracted.js';
import { extractText } from '../src/extract.js';

const read = (text: string): Array<[string | undefined, string | undefined, string]> =>
  claimsOf(text).map((c) => [c.source?.text, c.cue?.text, c.text]);

describe('claims: a trailing "told" and an addressee of several words', () => {
  it.each([
    // a determiner and a name, or words to an addressee's noun, then the end or a setting
    ['The bus left the road, a police officer told the BBC.', 'a police officer'],
    ['The bus left the road, Medina told a news conference.', 'Medina'],
    ['The bus left the road, Medina told local radio.', 'Medina'],
    ['The bus left the road, Medina told state television on Monday.', 'Medina'],
    ['The bus left the road, Medina told a Spanish-language television station.', 'Medina'],
    ['The bus left the road, Medina told state TV.', 'Medina'],
  ])('%s', (text, source) => {
    expect(read(text)).toEqual([[source, 'told', 'The bus left the road']]);
  });
  it('keeps the content after a one-word addressee, and a thing told is no addressee', () => {
    expect(read('Medina told reporters they were armed with rifles.')).toEqual([['Medina', 'told', 'they were armed with rifles']]);
    expect(read('Medina told the court the deal was off.')).toEqual([['Medina', 'told', 'the deal was off']]);
    // "the story" is what is told: no trailing cue, no source
    expect(read('In this case, the pictures certainly tell the story.').map((c) => c[1])).toEqual([undefined]);
  });
});

describe('claims: the source\'s head ends before "for" and "by"', () => {
  it('gives the spokesman, not the clinic he speaks for, when a place follows', () => {
    const text = 'A spokesman for the Santa Rita Clinic in the capital said two patients had died.';
    const result = extractText(text, { referenceDate: '2026-04-15' });
    const claim = result.claims[0]!;
    expect(result.actors.find((a) => a.id === claim.source?.actor)?.name).toBe('A spokesman');
  });
  it('gives the study, not its author, when the study is an actor', () => {
    const text = 'A 2024 study by the Alpine Research Centre found that glaciers had shrunk.';
    const result = extractText(text, { referenceDate: '2026-04-15' });
    const claim = result.claims[0]!;
    expect(result.actors.find((a) => a.id === claim.source?.actor)?.name).toBe('A 2024 study');
  });
});

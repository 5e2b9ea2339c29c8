// Quotes whose speaker or cue the words around them settle: a partial quotation inside what a person said,
// where the inner subject is a thing ("the split vote suggested … “probably over”"), and a cue followed by
// a means of saying ("he said by telephone"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { falseSpans, schemaErrors } from './helpers/check.js';

function quotesOf(text: string) {
  const result = extractText(text, { referenceDate: '2025-10-28' });
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, text)).toEqual([]);
  return result.quotes;
}

describe('quotes: the speaker of a quote inside reported speech', () => {
  // [sentence, quote, speaker text, cue text]
  const rows: Array<[string, string, string, string]> = [
    ['Pieter Malan said the committee’s split vote suggested the easing cycle was “probably over”.', 'probably over', 'Pieter Malan', 'said'],
    ['The economist said the data showed the region was “in a shallow recession”.', 'in a shallow recession', 'The economist', 'said'],
    // a person inside what was said speaks the quotation
    ['The mayor said the engineer warned that the wall was “close to failing”.', 'close to failing', 'the engineer', 'warned'],
    // a quotation split around its cue after another sentence of the paragraph: the full stop is no nickname's name
    ['The minister, Anna Smith, spoke on Monday. “The dam is ours,” Smith said, “and the water is ours too.”', 'The dam is ours,', 'Smith', 'said'],
    // a means of saying after the cue keeps the cue
    ['“We fear the number will rise,” he said by telephone.', 'We fear the number will rise,', 'he', 'said'],
  ];
  it.each(rows)('%s', (text, quote, speaker, cue) => {
    const q = quotesOf(text).find((x) => x.text === quote);
    expect([q?.speaker?.text, q?.cue?.text]).toEqual([speaker, cue]);
  });
});

describe('quotes: a pronoun after a sentence that opens on a description and a name', () => {
  // BLIND9 Q1: "The area coroner, Helen Ashworth, recorded…" names the "she" of the next sentence, not the last speaker
  const rows: Array<[string, string]> = [
    ['Her mother, Joanne Marsh, said: "She was full of life." The area coroner, Helen Ashworth, recorded a conclusion. She said the care was "less than adequate."', 'Helen Ashworth'],
    ['Tom Hale said the road was dangerous. The senior coroner, Mark Price, recorded a conclusion. He said the crossing was "poorly lit."', 'Mark Price'],
  ];
  it.each(rows)('%s', (text, speaker) => {
    const result = extractText(text, { referenceDate: '2025-10-28' });
    const q = result.quotes[result.quotes.length - 1]!;
    expect(result.actors.find((a) => a.id === q.speaker?.actor)?.name).toBe(speaker);
  });
});

describe('quotes: a pronoun in a new paragraph that opens by naming one person', () => {
  // the latest speaker spoke in an earlier paragraph; the pronoun's own paragraph opens by naming one person
  // (lead14 probe L1): that person, not the earlier speaker
  const rows: Array<[string, string]> = [
    ['Gov. Ana Petrova said a man was injured near the border.\n\nThe strikes came hours after President Ivan Horak renewed his call for more air defenses. "Every night, they show what they want," he said in his nightly address.', 'Ivan Horak'],
    // a "he" in that first sentence goes on with the earlier speaker; two people named there decide nothing
    ['Tom Hale said the plan would fail.\n\nOn Friday he met the board, and Mark Price joined later. "It was a long meeting," he said.', 'Tom Hale'],
    ['Tom Hale said the plan would fail.\n\nThe vote could help Mark Price or Ivan Horak. "It is close," he said.', 'Tom Hale'],
  ];
  it.each(rows)('%s', (text, speaker) => {
    const result = extractText(text, { referenceDate: '2025-10-28' });
    const q = result.quotes[result.quotes.length - 1]!;
    expect(result.actors.find((a) => a.id === q.speaker?.actor)?.name).toBe(speaker);
  });
});

describe('claims: a place that owns the source phrase is not the source', () => {
  // lead14 probe L15; a country's government is still the country
  it.each([
    ["Serbia's main opposition alliance accused the ruling party of buying votes.", null],
    ["Iraq's deputy foreign minister said the strikes were illegal.", null],
    ["Ghana's government said the team would withdraw.", 'Ghana'],
  ])('%s', (text, source) => {
    const result = extractText(text, { referenceDate: '2025-10-28' });
    const claim = result.claims.find((c) => c.source)!;
    expect(result.actors.find((a) => a.id === claim.source!.actor)?.name ?? null).toBe(source);
  });
});

describe('quotes: the speaker of the sentence before, not one inside what was said', () => {
  // a frame nested in the content of the sentence's own cue ("the board … is reluctant", "the union fears") is
  // not the speaker who goes on in the next sentence
  it.each([
    ['The board may be reluctant to act before the audit, Ruiz said. “We will not wait forever.”', 'Ruiz'],
    ['The union fears the plant will close, the spokesman said. “Nobody here believes the promises.”', 'the spokesman'],
  ])('%s', (text, speaker) => {
    const q = quotesOf(text)[0]!;
    expect(q.speaker?.text).toBe(speaker);
  });
});

describe('quotes: an exchange of question and reply', () => {
  // BLIND11 Q1: after a reply to a question, an uncued new paragraph is the asker's turn
  const text = '“Did the crew check the valve?” Ferris asked.\n\n“No, they did not,” Okafor replied.\n\n“Why not? It was on the list for a month.”';
  it('gives the third turn to the one who asked', () => {
    expect(quotesOf(text).map((q) => q.speaker?.text)).toEqual(['Ferris', 'Okafor', 'Ferris']);
  });
  it('keeps the speaker when the last quote was no reply', () => {
    const said = text.replace('replied', 'said');
    expect(quotesOf(said).map((q) => q.speaker?.text)).toEqual(['Ferris', 'Okafor', 'Okafor']);
  });
});

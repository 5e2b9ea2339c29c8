import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { falseSpans, schemaErrors } from './helpers/check.js';

const REF = { referenceDate: '2025-10-28' };

function claimsOf(text: string) {
  const result = extractText(text, REF);
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, text)).toEqual([]);
  return result.claims;
}

// [sentence, content, source text, cue, kind]
type Row = [string, string, string, string | null, string];

describe('claims: reported speech', () => {
  const cases: Row[] = [
    ['Officials said the bridge will reopen in May.', 'the bridge will reopen in May', 'Officials', 'said', 'reported'],
    ['Analysts warn that prices may rise again.', 'prices may rise again', 'Analysts', 'warn', 'reported'],
    ['The ministry maintains that the border is secure.', 'the border is secure', 'The ministry', 'maintains', 'reported'],
    ['The union accused the company of hiding losses.', 'the company of hiding losses', 'The union', 'accused', 'reported'],
    ['Neighbors urged the council to delay the vote.', 'the council to delay the vote', 'Neighbors', 'urged', 'reported'],
    ['The mayor denied any wrongdoing.', 'any wrongdoing', 'The mayor', 'denied', 'reported'],
    ['According to the census office, the city grew by 4 percent.', 'the city grew by 4 percent', 'the census office', 'According to', 'reported'],
    ['The city grew by 4 percent, according to the census office.', 'The city grew by 4 percent', 'the census office', 'according to', 'reported'],
    ['Rosa Diaz, a nurse, said the ward was full.', 'the ward was full', 'Rosa Diaz', 'said', 'reported'],
    ['Pilots said in a statement that the schedule was unsafe.', 'the schedule was unsafe', 'Pilots', 'said', 'reported'],
    ['The court ruled on the case, which lawyers say could take years to appeal.', 'could take years to appeal', 'lawyers', 'say', 'reported'],
    ['Voters were angry, local media reported.', 'Voters were angry', 'local media', 'reported', 'reported'],
    ['The senator recently hinted at “a new approach,” aides said.', 'a new approach,', 'The senator', 'hinted at', 'quote'],
    ['“We are ready,” the coach said.', 'We are ready,', 'the coach', 'said', 'quote'],
  ];
  it.each(cases)('%s', (text, content, source, cue, kind) => {
    const c = claimsOf(text).find((x) => x.text === content);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source?.text).toBe(source);
    expect(c!.cue?.text ?? null).toBe(cue);
    expect(c!.kind).toBe(kind);
  });

  it('gives two claims for two cues in one sentence', () => {
    const claims = claimsOf('Police said the road was closed but accused drivers of ignoring the signs.');
    expect(claims.map((c) => [c.text, c.cue?.text, c.source?.text])).toEqual([
      ['the road was closed', 'said', 'Police'],
      ['drivers of ignoring the signs', 'accused', 'Police'],
    ]);
  });

  it('carries the subject to a participle cue', () => {
    const claims = claimsOf('Jan Berg agreed, saying that the plan was too slow.');
    expect(claims.map((c) => [c.text, c.cue?.text, c.source?.text])).toEqual([['the plan was too slow', 'saying', 'Jan Berg']]);
  });
});

describe('claims: hedging and the article voice', () => {
  it('marks modal content as hedged', () => {
    const [c] = claimsOf('Experts said a deal could come soon.');
    expect(c).toMatchObject({ text: 'a deal could come soon', hedged: true });
  });
  it('leaves a plain report unhedged', () => {
    const [c] = claimsOf('Experts said a deal came on Monday.');
    expect(c!.hedged).toBe(false);
  });
  it('makes every unattributed body sentence an assertion', () => {
    const claims = claimsOf('The river rose two meters. Schools closed early.');
    expect(claims.map((c) => [c.kind, c.text, c.source])).toEqual([
      ['assertion', 'The river rose two meters.', null],
      ['assertion', 'Schools closed early.', null],
    ]);
  });
});

describe('claims: false positives (no reporting frame)', () => {
  const texts = [
    'Pakistan has not disclosed the members of its delegation.',
    'The report was released on Monday.',
    'Islamabad’s key demand is clear.',
    'Central Asian states have joined the talks.',
    'The plant added 500 jobs last year.',
    'She declined to say who paid.',
  ];
  it.each(texts)('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.source)).toEqual([]);
  });
});

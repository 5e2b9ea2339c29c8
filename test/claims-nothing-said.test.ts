// Acts that state nothing, and words that only look like cues (BLIND10 C2/C7, BLIND11 C1–C3, the thirteenth
// session's open items). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/extracted.js';

const sourced = (text: string) => claimsOf(text).filter((c) => c.source);

describe('claims: a disclosure or a gesture states nothing', () => {
  it.each([
    'Three of the researchers reported speaking fees from drug makers.',
    'The airline offered its condolences to the families.',
    'The embassy expressed its sympathy for the victims.',
  ])('%s', (text) => {
    expect(sourced(text)).toEqual([]);
  });
  it('still ends what an earlier cue reports', () => {
    const c = sourced('The minister condemned the attack and offered condolences to the families.');
    expect(c.map((x) => [x.text, x.cue?.text])).toEqual([['the attack', 'condemned']]);
  });
  it('keeps a disclosure of a statement', () => {
    expect(sourced('The authors disclosed that they had received fees from drug makers.')[0]).toMatchObject({ text: 'they had received fees from drug makers' });
  });
});

describe('claims: "went on" says something only before what is said', () => {
  it.each(['The new phone went on sale in May.', 'The strike went on for three weeks.', 'The mayor went on to win a second term.'])('%s', (text) => {
    expect(sourced(text)).toEqual([]);
  });
  it.each([
    ['She went on: “We will not stop.”', 'We will not stop.'],
    ['He went on to say the plan had failed.', 'to say the plan had failed'],
  ])('%s', (text, content) => {
    expect(sourced(text).map((c) => c.text)).toContain(content);
  });
  it('"went on about" names what was spoken of', () => {
    expect(sourced('As the mayor went on about “the broken system,” the crowd cheered.').map((c) => c.source?.text)).toContain('the mayor');
  });
});

describe('claims: nouns and phrases that look like a cue and its subject', () => {
  it('"…, and disputes over water" is a noun after a clause break', () => {
    expect(sourced('Half of the border has not been marked, and disputes over grazing land have turned violent.')).toEqual([]);
  });
  it('"did not by themselves show": the reflexive is no subject', () => {
    const c = sourced('The expert said the records raised doubts but did not by themselves show that the test was faked.');
    expect(c.map((x) => [x.source?.text, x.cue?.text])).toEqual([['The expert', 'said']]);
  });
  it('rejecting a person’s argument: the argument is theirs, the rejection no claim', () => {
    const c = sourced('The court upheld the fine, rejecting her argument that the rules were unclear.');
    expect(c.map((x) => [x.text, x.source?.text])).toEqual([['the rules were unclear', 'her']]);
  });
});

describe('claims: an object with a clause of time after it, or testimony against someone, says nothing (lead16 P4, P5)', () => {
  it.each([
    'Reyes showed no emotion as the sentence was read.',
    'Two shipping agents who testified against him are due to be sentenced next month.',
    'Officers responded to the hospital after the shooting was reported.',
  ])('%s', (text) => {
    expect(sourced(text)).toEqual([]);
  });
  it.each([
    ['The officials counseled against it.', 'against it'],
    ['Residents fear the dam could break when the rains come.', 'the dam could break when the rains come'],
    ['The study showed that rents rose.', 'rents rose'],
  ])('%s keeps its claim', (text, content) => {
    expect(sourced(text).map((c) => c.text)).toEqual([content]);
  });
});

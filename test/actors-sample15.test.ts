// Actors: classes from the seventeenth session's actor brief (ACTORS15). Invented sentences in the
// shape of the failures; none comes from a corpus or a fixture.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';
import { LEGAL_FORMS, LOWERCASE_LEGAL_FORMS } from '../src/lexicon/organizations.js';

describe('actors: a legal form that is no English word ends a name in lower case', () => {
  it.each([
    ['Shares of Darnley ltd fell on Monday. Darnley ltd said profits dropped.', 'Darnley ltd'],
    ['Marwick plc said it would cut 200 jobs.', 'Marwick plc'],
    ['Orsolo inc said it had settled the suit.', 'Orsolo inc'],
  ])('%s → organisation %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it.each([
    // a legal form that is an English word in lower case stays out of the name
    ['Boeing limited production of the jet, Tom Reyes said.', 'Boeing limited'],
    ['Iowa ag officials said the harvest was late.', 'Iowa ag'],
  ])('%s → no %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(name);
  });
  it('every lower-case form is a legal form', () => {
    for (const f of LOWERCASE_LEGAL_FORMS) expect(LEGAL_FORMS.has(f)).toBe(true);
  });
});

describe('actors: the word after a dateline\'s hyphen or en dash opens the sentence', () => {
  it.each([
    ['BERLIN (Reuters) - Storms hit the north on Sunday, killing two people, police said.', 'Storms'],
    ['LONDON (Reuters) - Heavy rain killed three people, officials said.', 'Heavy'],
    ['MADRID (AP) -- Flash floods killed four people, officials said.', 'Flash'],
    ['DAUPHIN COUNTY, Pa. – Violent crime rose again this year, police said.', 'Violent'],
  ])('%s → no %s', (text, word) => {
    expect(actorsOf(text).map((a) => a.name)).not.toContain(word);
  });
  it.each([
    ['PARIS (AP) - Emmanuel Macron said on Monday he would visit Kenya.', 'Emmanuel Macron'],
    ['NAIROBI - Oxfam said the camp was full.', 'Oxfam'],
    // a hyphen far into the sentence opens nothing
    ['The talks were hard and long, and at the very end of the second long day of the meeting - Hallberg said - nothing was agreed.', 'Hallberg'],
  ])('%s → %s', (text, name) => {
    expect(actorsOf(text).map((a) => a.name)).toContain(name);
  });
});

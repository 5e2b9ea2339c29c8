// Actors: classes from the sixteenth session's actor brief (ACTORS14). Invented sentences in the
// shape of the failures; none comes from a corpus or a fixture.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: "the Danish drugmaker said" read word by word (no backtracking pattern)', () => {
  it.each([
    ['Shares of Halvik Biotech fell after the Danish drugmaker said a trial had failed.', 'Halvik Biotech', 'Danish drugmaker'],
    // (a town's word in capitals before "-based": was read only in lower case)
    ['Orlen Motors recalled 4,000 cars on Monday. The Texas-based carmaker said no one was hurt.', 'Orlen Motors', 'Texas-based carmaker'],
  ])('%s → %s holds %s', (text, name, alias) => {
    expect(actorsOf(text).find((a) => a.name === name)?.aliases).toContain(alias);
  });
  it.each([
    // a trade that does not act, a possessive, a hyphen after it
    'Orlen Motors recalled 4,000 cars. The Texas-based carmaker rarely recalls cars.',
    "Orlen Motors recalled 4,000 cars. The Texas-based carmaker's shares fell.",
    'Orlen Motors recalled 4,000 cars. The Texas-based carmaker-owned dealers said little.',
  ])('%s → no mention', (text) => {
    expect(actorsOf(text).find((a) => a.name === 'Orlen Motors')?.aliases ?? []).not.toContain('Texas-based carmaker');
  });
});

describe('actors: "the county sheriff said" read word by word (no backtracking pattern)', () => {
  it.each([
    'Sheriff Dana Pruitt arrived at noon. Two men were held, the county sheriff said.',
    'Sheriff Dana Pruitt arrived at noon. Two men were held, according to the sheriff.',
    'Sheriff Dana Pruitt arrived at noon. Two men were held, the acting county sheriff told reporters.',
  ])('%s → a mention of Dana Pruitt', (text) => {
    expect(actorsOf(text).find((a) => a.name === 'Dana Pruitt')?.mentions.map((m) => m.text)).toContain('sheriff');
  });
  it.each([
    // three words before the title, a possessive, a title that does not speak
    'Sheriff Dana Pruitt arrived at noon. Two men were held, the newly sworn in county sheriff said.',
    "Sheriff Dana Pruitt arrived at noon. Two men were held, the sheriff's deputies said.",
    'Sheriff Dana Pruitt arrived at noon. Two men were held by the county sheriff on Friday.',
  ])('%s → no mention', (text) => {
    expect(actorsOf(text).find((a) => a.name === 'Dana Pruitt')?.mentions.map((m) => m.text) ?? []).not.toContain('sheriff');
  });
});

describe('actors: a ministry named "office" in lower case is an organisation (BLIND13 A7 variant)', () => {
  it.each([
    ['The envoy was summoned on Monday, the foreign office said. It said talks would resume.', 'foreign office'],
    ["Norway's foreign office said the talks had failed.", 'foreign office'],
    ['The cabinet office confirmed the appointment on Friday.', 'cabinet office'],
    ['Forty migrants were held at the port, the home office said.', 'home office'],
  ])('%s → organisation %s', (text, name) => {
    expect(actorsOf(text).find((a) => a.name === name)?.type).toBe('organization');
  });
  it('the foreign office is the source of the pronoun after it', () => {
    const office = actorsOf('The council met on Monday, the foreign office said. It said the army would patrol the coast.').find((a) => a.name === 'foreign office');
    expect(office?.mentions.map((m) => m.text)).toContain('It');
  });
  it('a home office that does not speak is no ministry', () => {
    expect(actorsOf('She worked from the home office for a year.').some((a) => a.name.includes('office'))).toBe(false);
  });
});

// Claim shapes of the eighteenth session (ATTR16). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { claimsOf, REFERENCE_DATE } from './helpers/extracted.js';

/** [source text, content] of the claims with this cue. */
function framesOf(text: string, cue: string): [string | undefined, string][] {
  return claimsOf(text).filter((c) => c.cue?.text === cue).map((c) => [c.source?.text, c.text]);
}

describe('claims: a time adverb, an occasion noun and a title open a name, not a time before one', () => {
  it.each([
    ['Today Show host Lena Marsh said the episode would air on Friday.', 'said', [['Today Show host Lena Marsh', 'the episode would air on Friday']]],
    ['Tonight Show host Rob Kessler told viewers the studio would close.', 'told', [['Tonight Show host Rob Kessler', 'the studio would close']]],
    // guards: a time before a title and a name, or before a party and a title, is no part of the name
    ['Yesterday Mayor Ruiz told reporters the bridge would reopen.', 'told', [['Mayor Ruiz', 'the bridge would reopen']]],
    ['Earlier Labour leader Tom Haines said the vote would be close.', 'said', [['Labour leader Tom Haines', 'the vote would be close']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('claims: the tail of a list in a relative aside is no subject: the aside\'s head speaks', () => {
  it.each([
    ['The union, which represents teachers, nurses and cleaners, said the strike would go ahead.', 'said', [['The union', 'the strike would go ahead']]],
    ['The charity, which runs shelters in Leeds, York and Hull, warned that beds were running out.', 'warned', [['The charity', 'beds were running out']]],
    // guards: an apposed name after a description speaks; an aside with no list is read as before
    ['The group\'s founder, Maria Ostrova, said the shelters would stay open.', 'said', [['Maria Ostrova', 'the shelters would stay open']]],
    ['The union, which represents 4,000 nurses, said the strike would go ahead.', 'said', [['The union', 'the strike would go ahead']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('sources: "the council" named again is no body of another kind', () => {
  it.each([
    // the court that spoke before is no council
    ['The Supreme Court ruled on Tuesday that the tax was lawful. The council said it would appeal.', null],
    // a council named before is
    ['The Harlow District Council met on Monday. The Supreme Court ruled that the tax was lawful. The council said it would appeal.', 'Harlow District Council'],
  ])('%s', (text, actor) => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.findLast((c) => c.cue?.text === 'said');
    expect(result.actors.find((a) => a.id === claim?.source?.actor)?.name ?? null).toBe(actor);
  });
});

describe('claims: acts and words that state nothing (BLIND16)', () => {
  it.each([
    // C1: an object struck with a weapon
    ['Riot police blasted the marchers with tear gas on Friday.', 'blasted'],
    ['The patrol boat blasted the trawler with a water cannon, the navy said.', 'blasted'],
    ['Riot police blasted the marchers with tear gas that stung their eyes.', 'blasted'], // (a judgement's "that" is the means')
    // C5: a tale told, nothing said
    ['The neighbours told a very different story.', 'told'],
    ['Passengers tell a similar tale.', 'tell'],
    // C2: a past form between a past verb and a bare noun is an adjective
    ['The trawler had ignored repeated radio warnings for an hour.', 'repeated'],
    ['The crew ignored repeated warnings from the harbour master.', 'repeated'],
    // C4: a belief's participle before "to be" is passive
    ['Divers searched the hull for two crew members still believed to be inside.', 'believed'],
    ['The toll rose to nine, officials said, as crews dug for four miners still thought to be alive.', 'thought'],
  ])('%s', (text, cue) => {
    expect(framesOf(text, cue)).toEqual([]);
  });
  it.each([
    // guards: a tale with what it says, a blast at a plan, a participle with a clause after it, a belief with "to" and a verb
    ['The senator blasted the plan as reckless.', 'blasted', [['The senator', 'the plan as reckless']]],
    ['The neighbours told a different story: the alarm never sounded.', 'told', [['The neighbours', 'the alarm never sounded']]],
    ['The two men arrested said residents had fled.', 'said', [['The two men arrested', 'residents had fled']]],
    ['The people interviewed cited rising costs.', 'cited', [['The people interviewed', 'rising costs']]],
    ['The men detained alleged torture by guards.', 'alleged', [['The men detained', 'torture by guards']]],
    ['Protesters accused police of firing on the crowd with live rounds.', 'accused', [['Protesters', 'police of firing on the crowd with live rounds']]],
    // an addressee's "with" before what was told (REVIEW18-QUOTES)
    ['Officials told residents with rocks in their gardens that crews would come.', 'told', [['Officials', 'crews would come']]],
    ['The landlord reminded tenants with gas heaters that inspections were due.', 'reminded', [['The landlord', 'inspections were due']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('claims: ", a ruling X has rejected" is no claim and ends the clause before it (BLIND16 C3)', () => {
  it.each([
    ['A court ruled in 2019 that the border was legal, a ruling Norland has rejected.', 'ruled', [['A court', 'the border was legal']]],
    ['The inquiry blamed the pilots, a finding Skyline Air denies.', 'blamed', [['The inquiry', 'the pilots']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
    expect(claimsOf(text).filter((c) => c.cue?.text !== cue)).toEqual([]);
  });
});

describe('claims: a denial and a second cue after "and" are two claims (BLIND16 C6)', () => {
  it.each([
    ['The league denied that it had hidden the test results and insisted that players were safe.', [['denied', 'it had hidden the test results'], ['insisted', 'players were safe']]],
    // guard: a "said" content in the perfect shares its "had" with a past form after "and"
    ['The insurer said it had detected unusual activity and later determined that files were copied.', [['said', 'it had detected unusual activity and later determined that files were copied']]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text).filter((c) => c.cue).map((c) => [c.cue?.text, c.text])).toEqual(expected);
  });
});

describe('unnamed sources: people still believed to be somewhere say nothing (BLIND16 C4)', () => {
  it('no unnamed actor for the people believed trapped', () => {
    const result = extractText('The toll rose to 14, the ministry said, as rescuers dug through the rubble for at least three people still believed to be trapped.', { referenceDate: REFERENCE_DATE });
    expect(result.actors.filter((a) => a.type === 'unnamed').map((a) => a.name)).toEqual([]);
  });
});

describe('sources: "it" after its own sentence\'s opening body is that body (BLIND16 Q1)', () => {
  it.each([
    ['The league said the test was positive. An independent panel also stripped her of the title, the day on which it said the sample was taken.', 'An independent panel'],
    ['Norvik Energy said profits rose. Tallis Mining, which Norvik sued in May, posted a letter in which it said the claim was false.', 'Tallis Mining'],
    // guard: "It" that opens its sentence goes to the body the sentence before opens with
    ['Norvik Energy said profits rose. Tallis Mining gave a different account. It said the claim was false.', 'Tallis Mining'],
  ])('%s', (text, actor) => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.findLast((c) => c.cue?.text === 'said');
    expect(result.actors.find((a) => a.id === claim?.source?.actor)?.name ?? null).toBe(actor);
  });
});

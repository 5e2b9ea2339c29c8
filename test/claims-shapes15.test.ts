// Claim shapes of the seventeenth session (ATTR15). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { claimsOf, REFERENCE_DATE } from './helpers/extracted.js';

/** [source text, content] of the claims with this cue. */
function framesOf(text: string, cue: string): [string | undefined, string][] {
  return claimsOf(text).filter((c) => c.cue?.text === cue).map((c) => [c.source?.text, c.text]);
}

describe('claims: a time before a name is no part of the subject', () => {
  it.each([
    // a clause of time with no "when"; its object ends before the main clause's pronoun and verb
    ['The morning Governor Alan Brooks unveiled the budget last year, he called his finance chief to the office.', 'unveiled', [['Governor Alan Brooks', 'the budget last year']]],
    ['Last night Mayor Ruiz told reporters the bridge would reopen.', 'told', [['Mayor Ruiz', 'the bridge would reopen']]],
    ['That night Mayor Ruiz told reporters the bridge would reopen.', 'told', [['Mayor Ruiz', 'the bridge would reopen']]],
    ['Yesterday Mayor Ruiz told reporters the bridge would reopen.', 'told', [['Mayor Ruiz', 'the bridge would reopen']]],
    // names that open with a time word stay whole
    ['The Morning Herald reported that the mayor had resigned.', 'reported', [['The Morning Herald', 'the mayor had resigned']]],
    ['Time Warner said profits rose.', 'said', [['Time Warner', 'profits rose']]],
    // an aside and a trailing cue after a comma do not end the object
    ['Rivera accused the mayor of lying, she said.', 'accused', [['Rivera', 'the mayor of lying']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('claims: "for" and a participle after a verb\'s object: the object said or refused it', () => {
  it.each([
    ['The board voted to censure the mayor for refusing to testify.', 'refusing', [['the mayor', 'to testify']]],
    ['Lawmakers thanked the nurses for saying the ward was unsafe.', 'saying', [['the nurses', 'the ward was unsafe']]],
    ['The committee fined Harbourline for refusing to release its records.', 'refusing', [['Harbourline', 'to release its records']]],
    // guards: a preposition governs the people, or the object is no one: the subject said it
    ['She apologised to voters for saying the tax would fall.', 'saying', [['She', 'the tax would fall']]],
    ['Ruiz won the award for arguing that the ward was unsafe.', 'arguing', [['Ruiz', 'the ward was unsafe']]],
  ])('%s', (text, cue, expected) => {
    expect(framesOf(text, cue)).toEqual(expected);
  });
});

describe('claims: a passive agent ends before "for" and a participle, whose speaker is the subject', () => {
  it('the agent is the mayor, the one who said it Ruiz', () => {
    const claims = claimsOf('Ruiz was criticised by the mayor for saying the tax would fall.');
    expect(claims.map((c) => [c.cue?.text, c.source?.text, c.text])).toEqual([
      ['criticised by', 'the mayor', 'Ruiz'],
      ['saying', 'Ruiz', 'the tax would fall'],
    ]);
  });
  it('a name\'s own "for" and capitalised participle stay in the agent (REVIEW17)', () => {
    const claims = claimsOf('The plan was criticised by the Society for Preserving Rural Schools.');
    expect(claims.map((c) => [c.cue?.text, c.source?.text, c.text])).toEqual([
      ['criticised by', 'the Society for Preserving Rural Schools', 'The plan'],
    ]);
  });
});

describe('sources: "the court", "the newspaper" named again are no body of another kind (BLIND14 Q2, second half)', () => {
  it.each([
    // no court named before: the embassy that spoke last is not it
    ['The U.S. Embassy said it was monitoring the situation in Bissau. Soldiers were seen near the palace. The court said the president was safe.', null],
    // a court's other name, named before, still is
    ['The Constitutional Tribunal met on Monday. The U.S. Embassy said it was worried. The court said the law stands.', 'Constitutional Tribunal'],
    // a name whose head tells no kind ("Organisation") may be the union; the commission that spoke last is not (BLIND15 A7)
    ['The Irish Nurses Organisation (INO) rejected the offer. Talks at the Labour Relations Commission will resume on Monday, the commission confirmed. The union said it would suspend the strike.', 'Irish Nurses Organisation'],
    // guard: a noun that may stand for a body of any name
    ['The North Atlantic Treaty Organization said it would send ships. The alliance said the ships would leave on Monday.', 'North Atlantic Treaty Organization'],
  ])('%s', (text, actor) => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.findLast((c) => c.cue?.text === 'said');
    expect(result.actors.find((a) => a.id === claim?.source?.actor)?.name ?? null).toBe(actor);
  });
});

describe('claims: a trailing cue before ", though/and" and a new subject ends its content there (BLIND15 C5)', () => {
  it.each([
    ['Six roads were still closed on Sunday, the county said, though officials cautioned that more could close.', 'said', 'Six roads were still closed on Sunday'],
    ['More rain is forecast for Monday, the weather office warned, and residents were told to stay indoors.', 'warned', 'More rain is forecast for Monday'],
    // the reported clause goes on over a second predicate or a subordinate clause
    ['The company has no plans to close the plant, the spokeswoman said, and could reopen the second line in May.', 'said', 'The company has no plans to close the plant, the spokeswoman said, and could reopen the second line in May'],
    ['Investigators are trying to find out how the men met, he said, and what they were doing there.', 'said', 'Investigators are trying to find out how the men met, he said, and what they were doing there'],
  ])('%s', (text, cue, content) => {
    expect(framesOf(text, cue).map(([, c]) => c)).toEqual([content]);
  });
});

describe('claims: participles of a state or a measure are no cue (BLIND15 C1, C2)', () => {
  it.each([
    'The number of passengers confirmed dead rose to 12 on Tuesday.',
    // (guard: a passive)
    'Both men were later pronounced dead at the hospital, and a third was listed missing.',
    'A storm with gusts estimated at 140 km/h flattened the orchard.',
    'Crop losses estimated at about $3 million were reported by the farm.',
  ])('%s', (text) => {
    expect(claimsOf(text).filter((c) => c.cue?.text === 'confirmed' || c.cue?.text === 'pronounced' || c.cue?.text === 'estimated')).toEqual([]);
  });
  it.each([
    // a bound opens the figure the cue reports
    ['The union said at least 40 miners had died in the shaft.', 'said', 'at least 40 miners had died in the shaft'],
    ['Officials estimated at least 20 people had died.', 'estimated', 'at least 20 people had died'],
    // a state that qualifies the noun after it is no person's state: the cue reports (REVIEW17)
    ['Officials said dead fish had washed up along the river.', 'said', 'dead fish had washed up along the river'],
    ['The ministry confirmed missing children would be traced by volunteers.', 'confirmed', 'missing children would be traced by volunteers'],
  ])('%s', (text, cue, content) => {
    expect(framesOf(text, cue).map(([, c]) => c)).toEqual([content]);
  });
});

describe('claims: acts that tell nothing (BLIND15 C3)', () => {
  it.each([
    // an addressee alone, or with a topic
    ['A nurse reported the cases to the clinic, which alerted the health board on June 3.', 'alerted'],
    // a month in capitals is no modal ("on May 12": 'May' is no finite verb of a clause told)
    ['A nurse reported the cases to the ministry, which alerted the WHO on May 12.', 'alerted'],
    ['Dr. Lena Okafor, a chemist who has advised the ministry on water safety, argued that the rules had failed.', 'advised'],
    ['The mayor briefed reporters on the plan.', 'briefed'],
    // a bare pronoun after a preposition
    ['The city gave a permit to every group that asked for it.', 'asked'],
    // a thing offered
    ['The county is offering a $5,000 reward for information.', 'offering'],
    ['The council offered shelter to every family that lost its home.', 'offered'],
  ])('%s', (text, cue) => {
    expect(framesOf(text, cue)).toEqual([]);
  });
  it.each([
    ['The mayor informed the council that the budget was short.', 'informed', 'the budget was short'],
    ['Officials advised residents to boil their water.', 'advised', 'residents to boil their water'],
    ['The ministry offered an explanation for the delay.', 'offered', 'an explanation for the delay'],
    // a bare clause after the addressee is what was told (REVIEW17)
    ['She informed reporters the plant would close in June.', 'informed', 'the plant would close in June'],
    ['The airline notified passengers the flight was cancelled.', 'notified', 'the flight was cancelled'],
    // a thing offered that a "that" clause with its own subject fills (REVIEW17; the relative "every family that lost
    // its home" above stays an act)
    ['The minister offered assurances that the plant was safe.', 'offered', 'assurances that the plant was safe'],
  ])('%s', (text, cue, content) => {
    expect(framesOf(text, cue).map(([, c]) => c)).toEqual([content]);
  });
  it('a pronoun that a colon fills is no bare pronoun: the warning is reported (REVIEW17)', () => {
    const frames = framesOf('He warned about this: the levee would fail within a day.', 'warned');
    expect(frames).toHaveLength(1);
    expect(frames[0]![1]).toContain('the levee would fail within a day');
  });
});

describe('claims: a refusal to say ends an earlier content but makes no claim (BLIND15 C6)', () => {
  it.each([
    ['He said the suspects had been identified from camera footage but declined to say whether they belonged to a gang.', 'the suspects had been identified from camera footage'],
    ['Mr. Oduya said he was leaving for "family reasons," which he declined to specify.', 'he was leaving for "family reasons,"'],
  ])('%s', (text, content) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual([content]);
  });
});

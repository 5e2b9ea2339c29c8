// Counts as objects of verbs that are no harm, and counts written loosely: hostages held, the
// injured admitted, people treated for a wound, "several dozen", a count in quotation marks.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: hostages held, the hurt admitted or treated', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Inmates held nine guards hostage for 14 hours.', [k('held nine guards hostage', 'kidnapped', 9, 'casualty/number-noun')]],
    ['Nine guards were held hostage for 14 hours.', [k('Nine guards were held hostage', 'kidnapped', 9, 'casualty/number-noun')]],
    ['The clinic took in 12 of the wounded.', [k('took in 12 of the wounded', 'wounded', 12, 'casualty/of-the-hurt')]],
    // an owner between the verb and the count
    ['Pirates are holding its 21 crew members hostage.', [k('holding its 21 crew members hostage', 'kidnapped', 21, 'casualty/number-noun')]],
    ['The rebels held their 30 employees hostage for a week.', [k('held their 30 employees hostage', 'kidnapped', 30, 'casualty/number-noun')]],
    ['Rebels are holding about 30 aid workers hostage.', [k('holding about 30 aid workers hostage', 'kidnapped', 30, 'casualty/number-noun')]],
    // a singular "hostage" before another noun modifies it: no one held
    ['The talks lasted three days, and 12 hostage negotiators were sent.', []],
    ['The hospital said it had admitted 46 of the injured.', [k('admitted 46 of the injured', 'wounded', 46, 'casualty/of-the-hurt')]],
    ['Officials identified 12 of the dead.', [k('identified 12 of the dead', 'killed', 12, 'casualty/of-the-hurt')]],
    // as a subject the verb rules read it, once
    ['Two of the wounded died overnight.', [k('Two of the wounded died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Doctors treated 30 people for burns.', [k('30 people for burns', 'wounded', 30, 'casualty/with-wound')]],
    ['Medics were treating a dozen firefighters for minor injuries.', [k('a dozen firefighters for minor injuries', 'wounded', 12, 'casualty/with-wound')]],
    // an illness is no wound; a lawsuit "for injuries" treats nobody
    ['The clinic treated 200 patients for flu.', []],
    ['He sued the officers for injuries.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: counts written loosely', () => {
  const cases: Array<[string, Expected[]]> = [
    // so many of the unit: "several dozen" is at least 36, not 3
    ['Doctors were treating several dozen people with fractures.', [k('several dozen people with fractures', 'wounded', 36, 'casualty/with-wound', null)]],
    ['A few hundred protesters were arrested.', [k('A few hundred protesters were arrested', 'arrested', 200, 'casualty/number-victims-verb', null)]],
    ['Several thousand people were displaced by the floods.', [k('Several thousand people were displaced', 'displaced', 3000, 'casualty/number-victims-verb', null)]],
    // a count in quotation marks opens the phrase of its people
    ['Doctors were treating "several dozen" people with fractures.', [k('several dozen" people with fractures', 'wounded', 36, 'casualty/with-wound', null)]],
    ['Police said "dozens" of people had been injured.', [k('dozens" of people had been injured', 'wounded', 24, 'casualty/number-victims-verb', null)]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: custody, gerunds, lists with semicolons', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Police said 14 suspects had been taken into custody.', [k('14 suspects had been taken into custody', 'arrested', 14, 'casualty/number-victims-verb')]],
    // custody of a child is no arrest
    ['The boy was placed into custody of his aunt.', []],
    // a gerund after a preposition has no subject before it: not "Prior" shot
    ['Prior to being shot, the man lit a fire.', []],
    ['After being taken into custody, the man confessed.', []],
    // names listed with semicolons, each with an age: four, not the last one
    ['Kaleb Ferris, 19; Joseph Shible, 19; Dakota Wills, 19; and Nick Bolling, 18, were taken into custody.', [
      k('Kaleb Ferris, 19; Joseph Shible, 19; Dakota Wills, 19; and Nick Bolling, 18, were taken into custody', 'arrested', 4, 'casualty/persons-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the people of a subordinate clause and of a headline', () => {
  it('starts the people after "whether" and after a headline\'s verb of saying', () => {
    // (eighteenth session: a clause after "whether" is asked, not told, and gives no reading: casualties-manner.test.ts)
    expect(tolls('Asked whether the prisoners had died, she said no.')).toEqual([]);
    // a subject opening on "any" asks a question and counts no one (fifteenth session)
    expect(tolls('Asked whether any prisoners had died, she said no.')).toEqual([]);
    expect(tolls('Officials Deny Inmates Were Killed\n\nQUITO (AP) - A riot broke out on Friday.')).toEqual([
      k('Inmates Were Killed', 'killed', null, 'casualty/victims-verb'),
    ]);
  });
});

describe('casualties: people made to leave, and people in shelters', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The storm forced tens of thousands to flee.', [k('forced tens of thousands', 'displaced', 20000, 'casualty/verb-number', null)]],
    ['The floods forced 5,000 residents to evacuate.', [k('forced 5,000 residents', 'displaced', 5000, 'casualty/verb-number-victims')]],
    ['The fire forced 12,000 residents to evacuate their homes.', [k('forced 12,000 residents', 'displaced', 12000, 'casualty/verb-number-victims')]],
    ['Wildfire forces 12,000 to flee near Athens', [k('forces 12,000', 'displaced', 12000, 'casualty/verb-number')]],
    // no people, no one displaced
    ['The ruling forced the company to leave the market.', []],
    ['Officials opened 27 shelters housing about 3,100 people.', [k('housing about 3,100 people', 'displaced', 3100, 'casualty/verb-number-victims')]],
    ['About 3,100 people were staying in 27 shelters.', [k('About 3,100 people were staying in 27 shelters', 'displaced', 3100, 'casualty/number-victims-verb')]],
    ['The shelters housing the animals were full.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the hurt of a count, then where', () => {
  it('reads "30 of the injured at the scene" as the object of a carer', () => {
    expect(tolls('Doctors treated 30 of the injured at the scene.')).toEqual([k('treated 30 of the injured', 'wounded', 30, 'casualty/of-the-hurt')]);
    // a noun after "the injured" names someone else
    expect(tolls("Medics treated 12 of the injured man's relatives.")).toEqual([]);
  });
});

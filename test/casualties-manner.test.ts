// Probes of the eighteenth session: deaths told by their manner after the object ("stoned three women to death"), the dead
// counted by what is found of them ("the remains of at least 32 people"), a bare count left with wounds, lists with "the",
// rises before a toll, adverbs between auxiliary and verb, care, counts in quotation marks, the passive "forced to flee",
// and harms under a condition. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: "to death" after the object', () => {
  const cases: Array<[string, Expected[]]> = [
    // a verb that kills only with "to death": the object between
    ['A mob stoned three women to death.', [k('stoned three women', 'killed', 3, 'casualty/verb-number-victims')]],
    ['An elephant trampled two farmers to death near the reserve.', [k('trampled two farmers', 'killed', 2, 'casualty/verb-number-victims')]],
    ['Villagers hacked a suspected thief to death.', [k('hacked a suspected thief', 'killed', 1, 'casualty/verb-person')]],
    // a weak harm verb made deadly after its object (it was wounded 2)
    ['He stabbed two men to death.', [k('stabbed two men', 'killed', 2, 'casualty/verb-number-victims')]],
    // no "to death": no death; "to death" with no people before it: none
    ['A mob stoned three buses.', []],
    ['The storm crushed two cars and frightened residents to death.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the dead counted by what is found of them', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Investigators recovered the remains of at least 32 people from a grave.', [k('the remains of at least 32 people', 'killed', 32, 'casualty/bodies-of', null)]],
    ['The remains of a woman were found in the woods.', [k('The remains of a woman', 'killed', 1, 'casualty/bodies-of')]],
    // the remains of a thing, and "remains" the verb
    ['The remains of the old fort draw tourists.', []],
    ['The cause of the fire remains unclear.', []],
    // "a family of five": its members (the count quantity.ts reads), after "bodies of" and "lives of"
    ['Rescuers recovered the bodies of a family of four.', [k('the bodies of a family of four', 'killed', 4, 'casualty/bodies-of')]],
    ['Carbon monoxide claimed the lives of a family of five.', [k('claimed the lives of a family of five', 'killed', 5, 'casualty/lives-of')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a bare count left with wounds', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The explosion killed 11 people and left more than 60 with burns.', [
      k('killed 11 people', 'killed', 11, 'casualty/verb-number-victims'),
      k('more than 60 with burns', 'wounded', 61, 'casualty/with-wound', null),
    ]],
    ['The crash left two with serious injuries.', [k('two with serious injuries', 'wounded', 2, 'casualty/with-wound')]],
    // no wound after "with": nobody hurt
    ['The storm left 3,000 with no power.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: one person with "the" in a list, a body word before a person, a rise before the toll', () => {
  const cases: Array<[string, Expected[]]> = [
    // "the" before one person counts one, as "a" and "her" do (it was 3); not a body of people ("the crew")
    ['The driver and three passengers were killed.', [k('The driver and three passengers were killed', 'killed', 4, 'casualty/number-victims-verb')]],
    ['The crew and 12 passengers were rescued, but the captain and two passengers drowned.', [k('the captain and two passengers drowned', 'killed', 3, 'casualty/number-victims-verb')]],
    // the person after a body's word ("a police officer", not "a police")
    ['Three people, including a police officer, were injured.', [
      k('Three people, including a police officer, were injured', 'wounded', 3, 'casualty/number-victims-verb'),
      k('a police officer', 'wounded', 1, 'casualty/subset'),
    ]],
    // "rose by 12 to 87": the toll, not the rise (it was nothing)
    ['The toll rose by 12 to 87.', [k('toll rose by 12 to 87', 'killed', 87, 'casualty/toll')]],
    ['The death toll has risen by two to 14.', [k('death toll has risen by two to 14', 'killed', 14, 'casualty/toll')]],
    ['The number of dead rose by 12 to 87.', [k('number of dead rose by 12 to 87', 'killed', 87, 'casualty/number-of')]],
    // a rise alone gives no toll
    ['The death toll rose by 12.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: adverbs of time between the auxiliary and the verb', () => {
  const cases: Array<[string, Expected[]]> = [
    // (they were nothing)
    ['Some 200 have already died of malnutrition.', [k('Some 200 have already died', 'killed', 200, 'casualty/number-verb')]],
    ['Five had earlier been wounded.', [k('Five had earlier been wounded', 'wounded', 5, 'casualty/number-verb')]],
    // no count of people: nothing
    ['The company had already hurt its reputation.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a count that needed or received treatment', () => {
  const cases: Array<[string, Expected[]]> = [
    // (they were nothing) care says they were hurt, as "23 protesters were treated" does
    ['Medics said 23 protesters needed treatment.', [k('23 protesters needed treatment', 'wounded', 23, 'casualty/number-victims-verb')]],
    ['Eleven people required medical treatment after the crash.', [k('Eleven people required medical treatment', 'wounded', 11, 'casualty/number-victims-verb')]],
    ['Though none needed hospital treatment, many were shaken.', [k('none needed hospital treatment', 'wounded', 0, 'casualty/number-verb')]],
    // patients are cared for whatever ails them; "treatment for" is read only with a wound; a person without a count
    ['More than 2,000 patients received treatment despite the strike.', []],
    ['Some 5,000 people needed treatment for HIV.', []],
    ['He needed treatment.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: counts in quotation marks after the verb, accomplices, hotels, an escape', () => {
  const cases: Array<[string, Expected[]]> = [
    // (they were nothing, or a count of none)
    ['The rebels claimed to have killed "more than 30 soldiers" on Monday.', [k('killed "more than 30 soldiers', 'killed', 31, 'casualty/verb-number-victims', null)]],
    ['The militants said they had killed "dozens of apostates" in the raid.', [k('killed "dozens of apostates', 'killed', 24, 'casualty/verb-number-victims', null)]],
    ['The gunmen were holding "scores" of hostages.', [k('scores" of hostages', 'kidnapped', 40, 'casualty/number-noun', null)]],
    ['Several suspected accomplices were arrested overnight.', [k('Several suspected accomplices were arrested', 'arrested', 3, 'casualty/number-victims-verb', null)]],
    ['About 200 residents had been moved to hotels.', [k('About 200 residents had been moved', 'displaced', 200, 'casualty/number-victims-verb')]],
    // an escape says the hurt lived: wounded beside the sentence's dead, not "casualties"
    ['Four people died in the blast. A neighbour who escaped with cuts to her face said she heard a bang.', [
      k('Four people died', 'killed', 4, 'casualty/number-victims-verb'),
      k('A neighbour who escaped with cuts', 'wounded', 1, 'casualty/with-wound'),
    ]],
    // a participle before the clause's verb of being has no object (it read 'were children' as the killed)
    ['Two of those killed were children.', []],
    // quotation marks around words that are no count: nothing
    ['The group said it had killed "the enemies of God".', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: people forced to leave, in the passive', () => {
  const cases: Array<[string, Expected[]]> = [
    // (they were nothing; the active "forced 2,500 residents to flee" was read already)
    ['Some 2,500 residents were forced to evacuate.', [k('Some 2,500 residents were forced to evacuate', 'displaced', 2500, 'casualty/number-victims-verb')]],
    ['More than 40,000 people have been forced to flee their homes.', [k('More than 40,000 people have been forced to flee', 'displaced', 40001, 'casualty/number-victims-verb', null)]],
    // a count only (as "were moved"); families are no count of people; a firm leaves a market
    ['He was forced to flee.', []],
    ['About 300 families were forced to leave.', []],
    ['The company was forced to leave the market.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a harm under a condition is supposed, not told', () => {
  const cases: Array<[string, Expected[]]> = [
    // (it was wounded 1)
    ['If she was injured, bleeding would be dangerous.', []],
    ['In the event he is shot, the vest would stop the round.', []],
    ['Police did not say whether the two men were shot.', []],
    // the condition of another clause leaves a told harm alone
    ['Two people were killed, and if the toll rises, it will be the worst this year.', [k('Two people were killed', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Asked if anyone was hurt, he said three people were injured.', [k('three people were injured', 'wounded', 3, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: auxiliaries before "been … and", the disappeared, the recaptured', () => {
  const cases: Array<[string, Expected[]]> = [
    // (they were nothing)
    ['Seventeen men had been bound and shot dead.', [k('Seventeen men had been bound and shot dead', 'killed', 17, 'casualty/number-victims-verb')]],
    ['Dozens of people have disappeared since the coup.', [k('Dozens of people have disappeared', 'missing', 24, 'casualty/number-victims-verb', null)]],
    ['Three hikers vanished in the storm.', [k('Three hikers vanished', 'missing', 3, 'casualty/number-victims-verb')]],
    ['Police said 640 of the escaped inmates had been recaptured.', [k('640 of the escaped inmates had been recaptured', 'arrested', 640, 'casualty/number-victims-verb')]],
    // with a number only: a fugitive who vanished is no fate unknown; jobs and towns are no people
    ['The suspect vanished.', []],
    ['Some 300 jobs disappeared.', []],
    ['Rebels recaptured the town on Friday.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a bare count after a comma, with a wound', () => {
  const cases: Array<[string, Expected[]]> = [
    // (it was nothing: a transport alone is no reading, and the part had no whole)
    ['Three people were taken to hospital, one with life-threatening injuries.', [k('one with life-threatening injuries', 'wounded', 1, 'casualty/with-wound')]],
    ['Police found four men, one with a gunshot wound.', [k('one with a gunshot wound', 'wounded', 1, 'casualty/with-wound')]],
    // no wound after "with", or the dead: nothing more
    ['The firm hired 12 people, three with degrees.', []],
    ['Five people died in the crash, one with head injuries.', [k('Five people died', 'killed', 5, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a long list after "including" between commas', () => {
  const cases: Array<[string, Expected[]]> = [
    // (it was nothing: an aside of nine words that opens on no article was taken for a description)
    ['Two men, including a security guard and a family member, were shot dead.', [
      k('Two men, including a security guard and a family member, were shot dead', 'killed', 2, 'casualty/number-victims-verb'),
      k('a security guard and a family member', 'killed', 2, 'casualty/subset'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a count of the dead or the hurt that opens its clause', () => {
  const cases: Array<[string, Expected[]]> = [
    // (it was nothing; "Among the dead were six police officers" was read already)
    ['Six of the dead were police officers.', [k('Six of the dead', 'killed', 6, 'casualty/of-the-hurt')]],
    // a verb or a state of their own is read by its own rule, once
    ['Two of the wounded died overnight.', [k('Two of the wounded died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Six of the injured were treated for burns.', [k('Six of the injured were treated for burns', 'wounded', 6, 'casualty/with-wound')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

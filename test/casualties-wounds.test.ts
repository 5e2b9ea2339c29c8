// A person "with" a wound, plural kin nouns, and a count of people shot in an article that
// also tells of a death. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected, type Reading } from './helpers/tolls.js';
const WITH = 'casualty/with-wound';

describe('casualties: a person with a wound', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Officers found a woman with a gunshot wound to the leg.', [k('a woman with a gunshot wound', 'wounded', 1, WITH)]],
    ['Deputies found a teenager inside with several stab wounds.', [k('a teenager inside with several stab wounds', 'wounded', 1, WITH)]],
    ['The driver was rushed to Saint Mary Hospital with serious injuries.', [k('The driver was rushed to Saint Mary Hospital with serious injuries', 'wounded', 1, WITH)]],
    ['Both were taken to a local hospital with minor injuries.', [k('Both were taken to a local hospital with minor injuries', 'wounded', 2, WITH)]],
    ['Medics treated two students, ages 15 and 17, with head injuries.', [k('two students, ages 15 and 17, with head injuries', 'wounded', 2, WITH)]],
    // lived through it, hurt: the subject of "survived"/"escaped" right before "with"
    ['The driver escaped with minor injuries.', [k('The driver escaped with minor injuries', 'wounded', 1, WITH)]],
    ['Three passengers survived with serious injuries.', [k('Three passengers survived with serious injuries', 'wounded', 3, WITH)]],
    // sent to hospital with a condition; a condition qualified ("breathing problems"), or in quotation marks
    ['The smoke sent 12 people to hospital with breathing difficulties.', [k('12 people to hospital with breathing difficulties', 'wounded', 12, WITH)]],
    ['The leak sent several workers to the hospital with chemical burns.', [k('several workers to the hospital with chemical burns', 'wounded', 3, WITH, null)]],
    ['Three people were taken to a hospital with “non-life threatening injuries.”', [k('Three people were taken to a hospital with “non-life threatening injuries', 'wounded', 3, WITH)]],
    // treated for, or sought treatment for, a chemical's or the heat's harm
    ['The department said 52 people had sought treatment for chlorine exposure.', [k('52 people had sought treatment for chlorine exposure', 'wounded', 52, WITH)]],
    ['Nine workers were treated for exposure to ammonia.', [k('Nine workers were treated for exposure', 'wounded', 9, WITH)]],
    ['Hospitals had treated 1,870 people for heat-related illness since June 1.', [k('1,870 people for heat-related illness', 'wounded', 1870, WITH)]],
    // taken to hospital after taking in the harm
    ['Twenty people were taken to hospital after inhaling smoke.', [k('Twenty people were taken to hospital after inhaling', 'wounded', 20, WITH)]],
    // some of them died: the wound still counts them all, the rest is the wounded
    ['The hospital had received 31 people with gunshot wounds, four of whom later died.', [
      k('31 people with gunshot wounds', 'casualties', 31, WITH),
      k('31 people with gunshot wounds, four of whom later died', 'wounded', 27, 'casualty/remainder'),
      k('four of whom later died', 'killed', 4, 'casualty/number-verb'),
    ]],
    // remains: a death, not a wound
    // (read by "the body of" a man since the fifteenth session: one dead, as before)
    ['Hikers found the body of a man with a gunshot wound near the trail.', [k('the body of a man', 'killed', 1, 'casualty/bodies-of')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "with" that names no wounded person stays untagged', () => {
  const cases: string[] = [
    'The man was armed with a knife and fled on foot.',
    'The boy walked home with no injuries.',
    'The clinic is equipped with a unit for gunshot wounds.',
    'Ridgeview Medical Center with its new wing treats gunshot wounds.',
    'A man in the car with a gunshot wound sticker drove off.',
    // the wound tells how they died; the death itself is read by the verb rules
    'The couple were found dead with gunshot wounds.',
    'She spoke with injury lawyers on Monday.',
    'The firm survived with no injuries to its staff.',
    'He was treated for a long illness.',
    'The mayor sent two aides to the hearing with problems to raise.',
    'Staff were sent to the plant after breathing tests were ordered.',
    'Twenty people were taken to hospital for checks.',
    'The bill survived with amendments on injury claims.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text).filter((t) => t.rule === WITH)).toEqual([]));
});

describe('casualties: plural kin and companions are people', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two brothers were killed in the crash.', [k('Two brothers were killed', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Gunmen wounded three cousins at the wedding.', [k('wounded three cousins', 'wounded', 3, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a count of people shot, in an article that gives a death toll', () => {
  it('counts those shot as casualties (killed or wounded), not as wounded; the rest of the dead are wounded', () => {
    // "Three people were shot" includes the one who died: it is no count of wounded, but 3 - 1 are
    expect(tolls('Three people were shot outside the bar on Friday. One of them was killed.')).toEqual([
      k('Three people were shot', 'casualties', 3, 'casualty/number-victims-verb'),
      k('Three people were shot', 'wounded', 2, 'casualty/remainder'),
      k('One of them was killed', 'killed', 1, 'casualty/number-victims-verb'),
    ]);
  });
  it('leaves them wounded when nobody died', () => {
    expect(tolls('Three people were shot outside the bar on Friday. All are expected to recover.')).toEqual([
      k('Three people were shot', 'wounded', 3, 'casualty/number-victims-verb'),
    ]);
  });
});

describe('casualties: "shooting" after a preposition', () => {
  it('is a verb when a person follows: "accused of shooting his wife"', () => {
    expect(tolls('The man is accused of shooting his wife on Friday.')).toEqual([k('shooting his wife', 'wounded', 1, 'casualty/verb-person')]);
  });
  it('is the event after an article: "after the shooting", "of a shooting"', () => {
    expect(tolls('Police arrived after the shooting of a store clerk.')).toEqual([]);
    expect(tolls('He spoke of a shooting near the school.')).toEqual([]);
  });
});

describe('casualties: "attempted homicide" tells of no death', () => {
  it('leaves a lone person shot wounded', () => {
    expect(tolls('A woman was shot in the arm on Friday. The suspect faces a charge of attempted homicide.')).toEqual([
      k('A woman was shot', 'wounded', 1, 'casualty/person-verb'),
    ]);
  });
  it('while a homicide makes the person shot the one who died', () => {
    expect(tolls('A woman was shot in the arm on Friday. Detectives are treating it as a homicide.')).toEqual([
      k('A woman was shot', 'killed', 1, 'casualty/person-verb-fatal-article'),
    ]);
  });
});

describe('casualties: a capitalised word after "the" is no person', () => {
  it('"anyone else at the Walmart was injured" names no victim', () => {
    expect(tolls('Nobody else at the Kroger was injured, police said.').filter((t) => t.min === 1)).toEqual([]);
  });
  it('a name alone still is one', () => {
    expect(tolls('Police said Jackson was injured in the crossfire.')).toEqual([k('Jackson was injured', 'wounded', 1, 'casualty/person-verb')]);
  });
});

describe('casualties: people recovering are hurt and alive', () => {
  const cases: Array<[string, Reading[]]> = [
    ['Two people are dead and three others are recovering after the shootings.', [
      { text: 'Two people are dead', kind: 'killed', min: 2, max: 2 },
      { text: 'three others are recovering', kind: 'wounded', min: 3, max: 3 },
    ]],
    ['A woman is recovering in hospital after being stabbed.', [{ text: 'A woman is recovering', kind: 'wounded', min: 1, max: 1 }]],
    ['He is recovering from his wounds.', [{ text: 'He is recovering', kind: 'wounded', min: 1, max: 1 }]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text).map((r) => ({ text: r.text, kind: r.kind, min: r.min, max: r.max }))).toEqual(expected));
  it.each(['Police are recovering bodies from the river.', 'The economy is recovering.', 'She is recovering from mental health issues.'])('%s', (text) => {
    expect(tolls(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: one person, however the subject is written', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Dorian Peale Sr., a 42-year-old man, died Sunday after being shot.', [k('Dorian Peale Sr., a 42-year-old man, died', 'killed', 1, 'casualty/person-verb')]],
    ['Late Tuesday, he suffered a gunshot wound.', [k('he suffered a gunshot wound', 'wounded', 1, 'casualty/person-verb')]],
    ['Man tells police he was shot in the foot', [k('he was shot', 'wounded', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: what the article says of a death settles a lone "shot"', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A man was shot on Elm Street. Police are investigating the deadly shooting.', [k('A man was shot', 'killed', 1, 'casualty/person-verb-fatal-article')]],
    // a deadly weapon kills nobody
    ['A man was shot on Elm Street. His neighbor was charged with assault with a deadly weapon.', [k('A man was shot', 'wounded', 1, 'casualty/person-verb')]],
    // a name not released says nothing of the hospital
    ['The victim, whose name has not been released, was shot in the head. Police called it a homicide.', [
      k('The victim, whose name has not been released, was shot', 'killed', 1, 'casualty/person-verb-fatal-article'),
    ]],
    ['A woman was shot in the arm and released from the hospital. Police called it a homicide attempt.', [k('A woman was shot', 'wounded', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: one more person', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Police say one person has died and a second was injured.', [
      k('one person has died', 'killed', 1, 'casualty/number-victims-verb'),
      k('a second was injured', 'wounded', 1, 'casualty/person-verb'),
    ]],
    ['One man was killed, another was injured and people fled.', [
      k('One man was killed', 'killed', 1, 'casualty/number-victims-verb'),
      k('another was injured', 'wounded', 1, 'casualty/person-verb'),
    ]],
    // the other of the dead man, not one more of the wounded told before: still one wounded
    ['Two men ran from the car. One had a gunshot wound and was taken to a hospital. A detective said one man was killed, another was injured and people fled.', [
      k('One had a gunshot wound', 'wounded', 1, 'casualty/number-verb'),
      k('one man was killed', 'killed', 1, 'casualty/number-victims-verb'),
      k('another was injured', 'wounded', 1, 'casualty/person-verb'),
    ]],
    ['A third teenager received non-life-threatening injuries.', [k('A third teenager received non-life-threatening injuries', 'wounded', 1, 'casualty/person-verb')]],
    ['Police received a call about a fight.', []],
    ['Both women were wounded.', [k('Both women were wounded', 'wounded', 2, 'casualty/number-victims-verb')]],
    ['Both men died at the scene.', [k('Both men died', 'killed', 2, 'casualty/number-victims-verb')]],
    // another person wounded after one: two wounded in all
    ['Police said a 19-year-old man was shot in the leg. Another man was shot in the arm.', [
      k('a 19-year-old man was shot', 'wounded', 1, 'casualty/person-verb'),
      k('Another man was shot', 'wounded', 1, 'casualty/person-verb'),
      k('Another man was shot', 'wounded', 2, 'casualty/tally'),
    ]],
    ['One man was shot and wounded. A second victim was found nearby with a gunshot wound.', [
      k('One man was shot and wounded', 'wounded', 1, 'casualty/number-victims-verb'),
      k('A second victim was found nearby with a gunshot wound', 'wounded', 1, 'casualty/with-wound'),
      k('A second victim was found nearby with a gunshot wound', 'wounded', 2, 'casualty/tally'),
    ]],
    // the second victim who dies is one counted before: no tally of the dead
    ['Two men were wounded. The second victim was pronounced dead on Friday.', [
      k('Two men were wounded', 'wounded', 2, 'casualty/number-victims-verb'),
      k('The second victim was pronounced dead', 'killed', 1, 'casualty/person-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: two people named with their ages, initials and titles', () => {
  const cases: Array<[string, Expected[]]> = [
    // a middle initial's period is part of the second name: two, not "Rayer" alone
    ['Carl Odum, 32, and Paul J. Brandt, 51, were shot and killed on Tuesday.', [
      k('Carl Odum, 32, and Paul J. Brandt, 51, were shot and killed', 'killed', 2, 'casualty/persons-verb'),
    ]],
    // an age in months between commas, and a second person who is no name
    ['Lena Voss, 13 months old, and her 3-year-old brother, Tom, died after the fire.', [
      k('Lena Voss, 13 months old, and her 3-year-old brother, Tom, died', 'killed', 2, 'casualty/persons-verb'),
    ]],
    ['Officer Dan Reedy, 41, and Sgt. Amy Hollis were injured in the blast.', [
      k('Officer Dan Reedy, 41, and Sgt. Amy Hollis were injured', 'wounded', 2, 'casualty/persons-verb'),
    ]],
    // an initial "A." is no article
    ['Christine A. Mott was fatally shot by a neighbour.', [k('Christine A. Mott was fatally shot', 'killed', 1, 'casualty/person-verb')]],
    // both numbers of a people noun: "motorist" was known, "motorists" was not
    ['A pedestrian was killed and two motorists were hurt in the crash.', [
      k('A pedestrian was killed', 'killed', 1, 'casualty/person-verb'),
      k('two motorists were hurt', 'wounded', 2, 'casualty/number-victims-verb'),
    ]],
    ['An employee of the bakery was injured.', [k('An employee of the bakery was injured', 'wounded', 1, 'casualty/person-verb')]],
    // a sentence's end is no initial
    ['The shot was fired by Officer B. A woman was hurt.', [k('A woman was hurt', 'wounded', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: an article and a participle', () => {
  const cases: Array<[string, Expected[]]> = [
    // the participle qualifies one person: the victim is the whole phrase, not "The"
    ['The injured man was taken to hospital.', [k('The injured man', 'wounded', 1, 'casualty/person-verb')]],
    ['The deceased has been identified as a 40-year-old man.', [k('The deceased', 'killed', 1, 'casualty/person-verb')]],
    // a noun of people not counted, whatever follows it
    ['The wounded at the hospital were identified.', []],
    ['The injured men were taken to hospital.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: an initialism inside the victims ("a U.S. soldier")', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A roadside bomb killed a U.S. soldier and wounded two others.', [
      k('killed a U.S. soldier', 'killed', 1, 'casualty/verb-person'),
      k('wounded two others', 'wounded', 2, 'casualty/verb-number-victims'),
    ]],
    ['A U.S. soldier was killed.', [k('A U.S. soldier was killed', 'killed', 1, 'casualty/person-verb')]],
    ['Two U.S. Marines and a U.N. worker were killed.', [k('Two U.S. Marines and a U.N. worker were killed', 'killed', 3, 'casualty/number-victims-verb')]],
    // a sentence that ends on an initialism ends the phrase
    ['The attack killed 12 in the U.S. Officials said more would die.', [k('killed 12', 'killed', 12, 'casualty/verb-number')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: nobody of a count, a question, a family, a state and a verb', () => {
  const cases: Array<[string, Expected[]]> = [
    // the zero governs the count after its "of": not 40 hurt
    ['None of the 40 passengers were injured.', [k('None of the 40 passengers were injured', 'wounded', 0, 'casualty/number-victims-verb')]],
    ['Neither of the two drivers was hurt.', [k('Neither of the two drivers was hurt', 'wounded', 0, 'casualty/number-victims-verb')]],
    ['Neither driver was injured.', [k('Neither driver was injured', 'wounded', 0, 'casualty/number-victims-verb')]],
    // "how many" asks: people were killed, their number not given (was "many": at least 2)
    ['Officials would not say how many people were killed.', [k('how many people were killed', 'killed', null, 'casualty/victims-verb')]],
    // a family counts its members
    ['The fire killed a family of five, including three children.', [
      k('killed a family of five', 'killed', 5, 'casualty/verb-number'),
      k('three children', 'killed', 3, 'casualty/subset'),
    ]],
    ['A family of three was injured when their car overturned.', [k('A family of three was injured', 'wounded', 3, 'casualty/number-verb')]],
    ['A family of farmers was attacked.', []],
    // a headline drops the article; "the family of three victims" is the victims' kin
    ['Fire kills family of five in Ohio', [k('kills family of five', 'killed', 5, 'casualty/verb-number')]],
    ['The family of five was killed.', [k('family of five was killed', 'killed', 5, 'casualty/number-verb')]],
    ['The family of three victims sued the city.', []],
    // British copy's article before a condition; a fatal adverb before "struck"; South Asian copy's "jawans"
    ['A woman is in a critical condition after being stabbed.', [k('A woman is in a critical condition', 'wounded', 1, 'casualty/condition')]],
    ['A teenager was fatally struck by a train on Sunday.', [k('A teenager was fatally struck', 'killed', 1, 'casualty/person-verb')]],
    ['A woman was struck by a car.', []],
    ['A man in his 20s has been left with life-changing injuries after a stabbing in Leeds.', [
      k('A man in his 20s has been left with life-changing injuries', 'wounded', 1, 'casualty/with-wound'),
    ]],
    ['She was left with nothing.', []],
    ['Three jawans were martyred in the encounter.', [k('Three jawans were martyred', 'killed', 3, 'casualty/number-victims-verb')]],
    // "dead" takes no object: the count after "injured" is the subject's second verb's
    ['The derailment left three passengers dead and injured more than 100.', [
      k('left three passengers dead', 'killed', 3, 'casualty/number-victims-verb'),
      k('injured more than 100', 'wounded', 101, 'casualty/verb-number', null),
    ]],
    ['The bombing killed and injured more than 100 people.', [k('killed and injured more than 100 people', 'casualties', 101, 'casualty/verb-number-victims', null)]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a trade or role the hand-made people list lacks is still a person', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A landmine blast killed a shepherd and wounded his two sons.', [
      k('killed a shepherd', 'killed', 1, 'casualty/verb-person'),
      k('wounded his two sons', 'wounded', 2, 'casualty/verb-number-victims'),
    ]],
    ['Police said a welder and two electricians were injured.', [k('a welder and two electricians were injured', 'wounded', 3, 'casualty/number-victims-verb')]],
    ['A stray bullet wounded a passer-by.', [k('wounded a passer-by', 'wounded', 1, 'casualty/verb-person')]],
    // a capitalised role word after the verb is still a name ("Bishop" is a surname)
    ['He shot Bishop twice.', [k('shot Bishop', 'wounded', 1, 'casualty/verb-person')]],
    ['Its founder was arrested on Friday.', [k('Its founder was arrested', 'arrested', 1, 'casualty/person-verb')]],
    // no one at all, and beings of story, are nobody's victims
    ['There were no other victims and nobody is in custody.', []],
    ['The finale killed a character.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "hurt" alone with no count harms a body only when it names one person', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The fees hurt the very developers the rules were meant to help.', []],
    ['The new tariffs hurt farmers.', []],
    ['The blast hurt a passerby.', [k('hurt a passerby', 'wounded', 1, 'casualty/verb-person')]],
    ['The explosion hurt 12 people.', [k('hurt 12 people', 'wounded', 12, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: killings told by their manner', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The president was assassinated in 1994.', [k('The president was assassinated', 'killed', 1, 'casualty/person-verb')]],
    ['Two men were gunned down outside a bar.', [k('Two men were gunned down', 'killed', 2, 'casualty/number-victims-verb')]],
    ['He gunned the engine.', []],
    ['Militants beheaded a police officer.', [k('beheaded a police officer', 'killed', 1, 'casualty/verb-person')]],
    ['A mob lynched two men accused of theft.', [k('lynched two men', 'killed', 2, 'casualty/verb-number-victims')]],
    ['A worker was electrocuted at the site.', [k('A worker was electrocuted', 'killed', 1, 'casualty/person-verb')]],
    ['Two workers suffocated in a sewer.', [k('Two workers suffocated', 'killed', 2, 'casualty/number-victims-verb')]],
    // a killing only of people named so
    ['The regime executed 11 political prisoners last year.', [k('executed 11 political prisoners', 'killed', 11, 'casualty/verb-number-victims')]],
    ['Officers executed a search warrant at the home.', []],
    ['The plan was executed flawlessly.', []],
    ['Farmers slaughtered 300 sheep.', []],
    ['Gunmen slaughtered 30 villagers.', [k('slaughtered 30 villagers', 'killed', 30, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a harm after "and" shares the passive of the clause before', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A cyclist was struck by a car and killed.', [k('A cyclist was struck by a car and killed', 'killed', 1, 'casualty/person-verb')]],
    ['Two hikers were caught in the storm and killed.', [k('Two hikers were caught in the storm and killed', 'killed', 2, 'casualty/number-victims-verb')]],
    // the doers of an active clause are no victims
    ['Two men were trying to rob the deputy and shot.', []],
    ['An officer pulled out a weapon and shot.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a person\'s parents are two', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The gunman killed his estranged wife and her parents before fleeing.', [k('killed his estranged wife and her parents', 'killed', 3, 'casualty/verb-persons')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: falls to a death, bodies named one by one, the wounds of the dead', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two construction workers fell to their deaths from a crane.', [k('Two construction workers fell to their deaths', 'killed', 2, 'casualty/number-victims-verb')]],
    ['A climber plunged to his death.', [k('A climber plunged to his death', 'killed', 1, 'casualty/person-verb')]],
    ['Shares fell to their lowest level in a decade.', []],
    ['Officers found the bodies of a man and a woman at the property.', [k('the bodies of a man and a woman', 'killed', 2, 'casualty/bodies-of')]],
    // the wounds of one who died are no count of the hurt
    ['He died from multiple injuries.', [k('He died', 'killed', 1, 'casualty/person-verb')]],
    ['The crash caused multiple injuries.', [k('multiple injuries', 'wounded', 2, 'casualty/number-noun', null)]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: BLIND15 K1-K4 shapes (sentences of my own)', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The number of people confirmed dead after the bus overturned rose to 14 on Friday.', [k('number of people confirmed dead after the bus overturned rose to 14', 'killed', 14, 'casualty/number-of')]],
    ['Police arrested the lorry\'s driver on Sunday.', [k('arrested the lorry\'s driver', 'arrested', 1, 'casualty/verb-person')]],
    ['The watchdog said 17 candidates had been killed since January.', [k('17 candidates had been killed', 'killed', 17, 'casualty/number-victims-verb')]],
    ['Clinics treated more than 90 injured people.', [k('more than 90 injured people', 'wounded', 91, 'casualty/number-participle-victims', null)]],
    // a taking and a death of one person are two facts
    ['A local councillor was abducted and later found dead.', [
      k('A local councillor was abducted', 'kidnapped', 1, 'casualty/person-verb'),
      k('later found dead', 'killed', 1, 'casualty/person-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: an age after the people is no count', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Officials said 31 children under the age of five had died of dehydration.', [k('31 children under the age of five had died', 'killed', 31, 'casualty/number-victims-verb')]],
    ['Officials said 31 children under five had died.', [k('31 children under five had died', 'killed', 31, 'casualty/number-victims-verb')]],
    ['Three girls aged 12 to 15 were injured.', [k('Three girls aged 12 to 15 were injured', 'wounded', 3, 'casualty/number-victims-verb')]],
    ['Over 150 people were hospitalised.', [k('Over 150 people were hospitalised', 'wounded', 151, 'casualty/number-victims-verb', null)]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: an owner\'s one person joined to a count', () => {
  const cases: Array<[string, Expected[]]> = [
    ['His sister and two cousins were killed.', [k('His sister and two cousins were killed', 'killed', 3, 'casualty/number-victims-verb')]],
    ['Their father and four neighbours are among the missing.', [k('Their father and four neighbours are among the missing', 'missing', 5, 'casualty/among')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: people seized by armed men, and the feared buried', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Gunmen seized 30 students from a boarding school.', [k('seized 30 students', 'kidnapped', 30, 'casualty/verb-number-victims')]],
    ['Thirty students were seized by gunmen.', [k('Thirty students were seized', 'kidnapped', 30, 'casualty/number-victims-verb')]],
    ['Police seized 30 kg of heroin.', []],
    ['Police seized three suspects.', []],
    ['Militants seized the town.', []],
    ['Rescuers are searching for 8 people believed to be buried under the debris.', [k('8 people believed to be buried', 'missing', 8, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: one person and an open count after him', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The blast killed the bomber and at least seven others.', [k('killed the bomber and at least seven others', 'killed', 8, 'casualty/verb-persons', null)]],
    ['Police arrested the driver and two passengers.', [k('arrested the driver and two passengers', 'arrested', 3, 'casualty/verb-persons')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

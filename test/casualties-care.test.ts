// People treated for a wound, grazed, fighting for their lives, who succumbed; and the dead
// told as more ("also killed"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: treated for a wound, grazed, fighting for life, succumbed', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The driver was transported to Harbor General for treatment of minor injuries.',
      [k('The driver was transported to Harbor General for treatment of minor injuries', 'wounded', 1, 'casualty/with-wound')]],
    ['The 23-year-old was treated for his wounds and released.', [k('The 23-year-old was treated for his wounds', 'wounded', 1, 'casualty/with-wound')]],
    // the verb says it; the wound after "for" adds no second reading of the same two
    ['Both were hospitalized for their injuries.', [k('Both were hospitalized', 'wounded', 2, 'casualty/both-verb')]],
    ['A bystander was grazed by a bullet.', [k('A bystander was grazed', 'wounded', 1, 'casualty/person-verb')]],
    ['Two teenagers are fighting for their lives after the crash.', [k('Two teenagers are fighting for their lives', 'wounded', 2, 'casualty/condition')]],
    // a condition: alive, so not a casualty count of unknown outcome even beside a death
    ['One man died and two women are fighting for their lives.', [
      k('One man died', 'killed', 1, 'casualty/number-victims-verb'),
      k('two women are fighting for their lives', 'wounded', 2, 'casualty/condition'),
    ]],
    ['Blast near market wounds 14 others', [k('wounds 14 others', 'wounded', 14, 'casualty/verb-number-victims')]],
    ['The clerk later succumbed to her injuries.', [k('The clerk later succumbed', 'killed', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the dead told as more ("also killed") after people told one by one', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A deputy fatally shot Corwin. The deputy also accidentally shot and killed a bystander.', [
      k('fatally shot Corwin', 'killed', 1, 'casualty/verb-person'),
      k('shot and killed a bystander', 'killed', 1, 'casualty/verb-person'),
      k('shot and killed a bystander', 'killed', 2, 'casualty/tally-also'),
    ]],
    ['Ana Ruiz and Tomas Ek were found dead. A neighbor was also killed.', [
      k('Ana Ruiz and Tomas Ek were found dead', 'killed', 2, 'casualty/persons-verb'),
      k('A neighbor was also killed', 'killed', 1, 'casualty/person-verb'),
      k('A neighbor was also killed', 'killed', 3, 'casualty/tally-also'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "also" that adds no one stays a plain reading', () => {
  const cases: Array<[string, Expected[]]> = [
    // a count holds those named later: Reyes is one of the three
    ['The fire left three people dead. Mia Reyes was also killed.', [
      k('left three people dead', 'killed', 3, 'casualty/number-victims-verb'),
      k('Mia Reyes was also killed', 'killed', 1, 'casualty/person-verb'),
    ]],
    // the saying is what is added, not a death
    ['A man was killed. Police also said the man died at the scene.', [
      k('A man was killed', 'killed', 1, 'casualty/person-verb'),
      k('the man died', 'killed', 1, 'casualty/person-verb'),
    ]],
    // nobody died before: nothing to add to
    ['A woman was also killed.', [k('A woman was also killed', 'killed', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: an age before an appositive, "along with", a victim before a relative clause', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Dario Funes, 29, a Chilean tourist, was killed.', [k('Dario Funes, 29, a Chilean tourist, was killed', 'killed', 1, 'casualty/person-verb')]],
    ['Lena Park, 41, was killed along with her daughter, Mina Park.', [k('Lena Park, 41, was killed along with her daughter, Mina Park', 'killed', 2, 'casualty/persons-verb')]],
    ['The deputy died along with two other passengers.', [k('The deputy died along with two other passengers', 'killed', 3, 'casualty/persons-verb')]],
    ['A teenager who police fatally shot on Sunday had a replica gun.', [k('A teenager who police fatally shot', 'killed', 1, 'casualty/person-relative-verb')]],
    ['Officers named the woman he killed.', [k('the woman he killed', 'killed', 1, 'casualty/person-relative-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a relative clause that harms no one it names stays untagged', () => {
  const cases: string[] = [
    'The man who police shot at fled into the woods.',
    'The car that he shot was parked outside.',
    'The man who shot the clerk fled.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text).filter((t) => t.rule === 'casualty/person-relative-verb')).toEqual([]));
});

describe('casualties: "for" a wound that names no one hurt stays untagged', () => {
  const cases: string[] = [
    'The family sued the officers for injuries suffered in the crash.',
    'The mayor was taken to task for comments about injuries.',
    'The clinic is known for treatment of sports injuries.',
    'He had gunshot wounds to the head and chest.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text).filter((t) => t.rule === 'casualty/with-wound')).toEqual([]));
});

describe('casualties: tolls that rise, with their cause between', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Flood Death Toll Climbs Past 80', [k('Death Toll Climbs Past 80', 'killed', 81, 'casualty/toll', null)]],
    ['The death toll from the landslide rose to 37.', [k('death toll from the landslide rose to 37', 'killed', 37, 'casualty/toll')]],
    ['The death toll from Storm Ingrid has risen to at least 19.', [k('death toll from Storm Ingrid has risen to at least 19', 'killed', 19, 'casualty/toll', null)]],
    ['Riot Deaths Rise To 9', [k('Deaths Rise To 9', 'killed', 9, 'casualty/toll')]],
    ['Casualties climbed to 140 by Friday.', [k('Casualties climbed to 140', 'casualties', 140, 'casualty/toll')]],
    // a toll that passes its number is above it, as "over 2,500" is; one that reaches it is at it
    ['The death toll surpassed 100 on Tuesday.', [k('death toll surpassed 100', 'killed', 101, 'casualty/toll', null)]],
    ['The toll topped 50 overnight.', [k('toll topped 50', 'killed', 51, 'casualty/toll', null)]],
    // a headline's plural deaths with a present verb; a cause "linked to …" between the number of deaths and its verb
    ['Heat Deaths Pass 200 as Officials Count Differently', [k('Deaths Pass 200', 'killed', 201, 'casualty/toll', null)]],
    ['Outbreak Deaths Climb To 45', [k('Deaths Climb To 45', 'killed', 45, 'casualty/toll')]],
    ["The number of deaths linked to the region's heat wave has climbed past 200, the coroner said.", [
      k("number of deaths linked to the region's heat wave has climbed past 200", 'killed', 201, 'casualty/number-of', null),
    ]],
    ['The number of dead has exceeded 2,000, officials said.', [k('number of dead has exceeded 2,000', 'killed', 2001, 'casualty/number-of', null)]],
    ['The death toll reached 100 on Tuesday.', [k('death toll reached 100', 'killed', 100, 'casualty/toll')]],
    ['The number of injured rose to 45.', [k('number of injured rose to 45', 'wounded', 45, 'casualty/number-of')]],
    // a verb that brings the number, its cause, then "to"
    ['One person died in hospital on Sunday, bringing the number of deaths from the outbreak to five.', [
      k('One person died', 'killed', 1, 'casualty/number-victims-verb'),
      k('number of deaths from the outbreak to five', 'killed', 5, 'casualty/number-of'),
    ]],
    // the count fronted after the verb that brings it: "brings to N the number of …"
    ['The ambush brings to 37 the number of police officers killed since January.', [k('37 the number of police officers killed', 'killed', 37, 'casualty/number-of')]],
    ['That raises to 12 the number of civilians missing.', [k('12 the number of civilians missing', 'missing', 12, 'casualty/number-of')]],
    ['The win brings to 12 the number of titles she has won.', []],
    // a part of a counted whole: "among the 21 people killed"
    ['Six children were among the 21 people killed.', [
      k('Six children were among the 21 people killed', 'killed', 6, 'casualty/among'),
      k('21 people killed', 'killed', 21, 'casualty/number-victims-verb'),
    ]],
    ['A nurse was among the 30 people injured.', [
      k('A nurse was among the 30 people injured', 'wounded', 1, 'casualty/among'),
      k('30 people injured', 'wounded', 30, 'casualty/number-victims-verb'),
    ]],
    // a plural of people between "the number of" and its participle
    ['The number of security personnel killed this year has risen to 19.', [k('number of security personnel killed this year has risen to 19', 'killed', 19, 'casualty/number-of')]],
    // a long cause, numbers and all, before the toll's verb
    ['The number of people killed in a fire that swept through a crowded 12-storey market in the old city rose to 23 on Friday.', [
      k('number of people killed in a fire that swept through a crowded 12-storey market in the old city rose to 23', 'killed', 23, 'casualty/number-of'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: one person by trade, small wounds', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The attack killed a retired nurse.', [k('killed a retired nurse', 'killed', 1, 'casualty/verb-person')]],
    ['Three shoppers were treated for cuts and bruises.', [k('Three shoppers were treated for cuts', 'wounded', 3, 'casualty/with-wound')]],
    // harm that is no cut: smoke, heat, cold, a blow to the head
    ['Two firefighters were treated for heat exhaustion.', [k('Two firefighters were treated for heat exhaustion', 'wounded', 2, 'casualty/with-wound')]],
    ['Her son was treated for smoke inhalation.', [k('Her son was treated for smoke inhalation', 'wounded', 1, 'casualty/with-wound')]],
    ['A hiker was treated for hypothermia on Sunday.', [k('A hiker was treated for hypothermia', 'wounded', 1, 'casualty/with-wound')]],
    ['A firefighter suffered burns to his hands.', [k('A firefighter suffered burns', 'wounded', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: harm that did not happen, or cuts that are no wounds, stay untagged', () => {
  const cases: string[] = [
    'The bullet came within inches of possibly killing the officer.',
    // a shot at goal
    'Salah shot wide in the 89th minute.',
    'The crash could have killed dozens of commuters.',
    'The storm nearly killed a farmer and his son.',
    'Teachers suffered pay cuts last year.',
    'Deaths from the flu rise each winter.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text)).toEqual([]));
});

describe('casualties: people joined to a count, the killer who died after killing', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The gunman shot three neighbors as well as a clerk.', [k('shot three neighbors as well as a clerk', 'wounded', 4, 'casualty/verb-persons')]],
    ['The blast killed 12 soldiers and a policeman.', [k('killed 12 soldiers and a policeman', 'killed', 13, 'casualty/verb-persons')]],
    ['The man killed his two sons and his wife. He then took his own life.', [
      k('killed his two sons and his wife', 'killed', 3, 'casualty/verb-persons'),
      k('took his own life', 'killed', 1, 'casualty/own-life'),
      k('took his own life', 'killed', 4, 'casualty/tally-self'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a killer whose death is already counted adds no one', () => {
  const cases: Array<[string, Expected[]]> = [
    // a headline's count may hold the killer
    ['Three Dead In Murder-Suicide\n\nThe man shot two women and then killed himself.', [
      k('Three Dead', 'killed', 3, 'casualty/number-verb'),
      k('shot two women', 'casualties', 2, 'casualty/verb-number-victims'),
      k('killed himself', 'killed', 1, 'casualty/verb-person'),
    ]],
    // the count names the killer among its dead
    ['The attack killed four people, including the gunman. The gunman killed himself.', [
      k('killed four people', 'killed', 4, 'casualty/verb-number-victims'),
      k('killed himself', 'killed', 1, 'casualty/verb-person'),
    ]],
    // the dead of another case, told passively
    ['In 2019, 28 were killed in the city. One suspect took his own life.', [
      k('28 were killed', 'killed', 28, 'casualty/number-verb'),
      k('took his own life', 'killed', 1, 'casualty/own-life'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "they" who died are the counted subject of their sentence', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Both brothers were flown to a trauma center, where they died on Sunday.', [k('Both brothers were flown to a trauma center, where they died', 'killed', 2, 'casualty/they-verb')]],
    ['The three victims were taken to Mercy Hospital, where they later died.', [k('three victims were taken to Mercy Hospital, where they later died', 'killed', 3, 'casualty/they-verb')]],
    // no count to stand for: "they" is nobody counted (not one person)
    ['They died at the scene.', []],
    ['Police said they killed the dog.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: lives lost, kin lost, people moved to shelters', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Nine miners lost their lives in the collapse.', [k('Nine miners lost their lives', 'killed', 9, 'casualty/number-victims-verb')]],
    ['The farmer lost three sons in the raid.', [k('lost three sons', 'killed', 3, 'casualty/verb-number-victims')]],
    ['The fisherman lost his nets and three of his sons.', [k('lost his nets and three of his sons', 'killed', 3, 'casualty/verb-number-victims')]],
    ['About 40,000 villagers were moved to shelters overnight.', [k('About 40,000 villagers were moved', 'displaced', 40000, 'casualty/number-victims-verb')]],
    ['The army relocated 2,000 residents to relief camps.', [k('relocated 2,000 residents', 'displaced', 2000, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: losses that are no deaths, moves that displace no one, stay untagged', () => {
  const cases: string[] = [
    'The company lost 200 workers to a rival.',
    'The party lost 12 seats in the election.',
    'He lost his boat in the storm.',
    'He lost his job and two of his friends.',
    'The family moved to Denver in 2010.',
    'The firm moved 300 staff to a new office.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text)).toEqual([]));
});

describe('casualties: a second person with the verb left out, a bare count in critical condition', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The crash left one driver dead and another injured.', [
      k('left one driver dead', 'killed', 1, 'casualty/number-victims-verb'),
      k('another injured', 'wounded', 1, 'casualty/person-verb'),
    ]],
    ['A guard was killed and his wife wounded in the raid.', [
      k('A guard was killed', 'killed', 1, 'casualty/person-verb'),
      k('his wife wounded', 'wounded', 1, 'casualty/person-verb'),
    ]],
    // survivors are people: a count of them in critical condition is wounded
    ['At least a dozen of the survivors were in critical condition.', [
      k('At least a dozen of the survivors were in critical condition', 'wounded', 12, 'casualty/condition', null),
    ]],
    ['Three dead, two critical after highway pileup', [
      k('Three dead', 'killed', 3, 'casualty/number-verb'),
      k('two critical', 'wounded', 2, 'casualty/condition'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "critical" that is no condition, "and" with no harm before, stay untagged', () => {
  const cases: string[] = [
    'Two critical issues remain unresolved.',
    'The report was critical of the police response.',
    'The mayor spoke and his deputy injured.',
  ];
  for (const text of cases) it(text, () => expect(tolls(text)).toEqual([]));
});

describe('casualties: a count before a harm participle counts the people after it', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The clinic had received 74 wounded people since Tuesday.', [k('74 wounded people', 'wounded', 74, 'casualty/number-participle-victims')]],
    ['Dozens of injured civilians arrived at the clinic.', [k('Dozens of injured civilians', 'wounded', 24, 'casualty/number-participle-victims', null)]],
    // no count: people, no number, as before
    ['The clinic treated wounded soldiers and civilians.', [k('wounded soldiers and civilians', 'wounded', null, 'casualty/verb-victims', null)]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: people named by a trade or a part they take', () => {
  const cases: Array<[string, Expected[]]> = [
    ['In a safety study of 300 patients, 12 participants died.', [k('12 participants died', 'killed', 12, 'casualty/number-victims-verb')]],
    ['In 1988, a farmhand, Jed Lowry, was killed when a tractor rolled over.', [k('a farmhand, Jed Lowry, was killed', 'killed', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: attacks of illness are no incidents', () => {
  const cases = ['He has already had two heart attacks.', 'She suffered three panic attacks that week.', 'The boy had four asthma attacks last year.'];
  for (const text of cases) it(text, () => expect(tolls(text).filter((t) => t.kind === 'attacks')).toEqual([]));
});

describe('casualties: hit by gunfire, and a subject with a relative clause', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A woman was hit three times by gunfire.', [k('A woman was hit three times by gunfire', 'wounded', 1, 'casualty/person-verb')]],
    ['Two officers were struck by shrapnel.', [k('Two officers were struck by shrapnel', 'wounded', 2, 'casualty/number-victims-verb')]],
    // the walk back from the verb ends in the clause ("a bus stop"); the people are before "who"
    ['A woman who was waiting at a bus stop was struck in the leg by a bullet.',
      [k('A woman who was waiting at a bus stop was struck in the leg by a bullet', 'wounded', 1, 'casualty/person-verb')]],
    ['Two men who were sitting in a parked car were wounded.', [k('Two men who were sitting in a parked car were wounded', 'wounded', 2, 'casualty/number-victims-verb')]],
    // a long clause, "after" and "leaving" inside it
    ['A woman who had waited six hours for an ambulance after a fall at her home died.',
      [k('A woman who had waited six hours for an ambulance after a fall at her home died', 'killed', 1, 'casualty/person-verb')]],
    ['A man who was hit by a car after leaving a pub died in hospital.', [k('A man who was hit by a car after leaving a pub died', 'killed', 1, 'casualty/person-verb')]],
    ['A girl who was sent home from an accident and emergency department died.', [k('A girl who was sent home from an accident and emergency department died', 'killed', 1, 'casualty/person-verb')]],
    // an "and" that opens a clause of its own ends the walk: the woman is not the one who died
    ['A man who was shot and a woman who had fled died.', [
      k('A man who was shot', 'casualties', 1, 'casualty/person-verb'), k('a woman who had fled died', 'killed', 1, 'casualty/person-verb'),
    ]],
    // a clause between commas: the people before it, an appositive's comma still read as one
    ['The two men, who were arrested in September, are accused of spying.', [k('two men, who were arrested', 'arrested', 2, 'casualty/number-victims-verb')]],
    ['Four protesters, who were detained on Sunday, were released on bail.', [k('Four protesters, who were detained', 'arrested', 4, 'casualty/number-victims-verb')]],
    ['Michael Ruiz, 18, of the Bronx, who was shot in the arm, is still in hospital.', [k('Michael Ruiz, 18, of the Bronx, who was shot', 'wounded', 1, 'casualty/person-verb')]],
    // "who was" belongs to the nearest people: the teenager, not the family; without it the first people
    ['The family of a teenager who was killed by police called for charges.', [k('a teenager who was killed', 'killed', 1, 'casualty/person-verb')]],
    ['The father of three children was killed.', [k('The father of three children was killed', 'killed', 1, 'casualty/person-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
  // no harm told: a car, a building; and who is said to have shot is the shooter
  const none = ['He was hit by a car on Monday.', 'The missile hit a hospital.'];
  for (const text of none) it(text, () => expect(tolls(text)).toEqual([]));
  it('From 25 feet a man who officials say shot the clerk ran off.', () =>
    expect(tolls('From 25 feet a man who officials say shot the clerk ran off.')).toEqual([k('shot the clerk', 'wounded', 1, 'casualty/verb-person')]));
});

describe('casualties: a count of people who fled a place or a war is displaced', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The agency said about 4,000 people had fled Tal Hamra since Tuesday.', [k('about 4,000 people had fled Tal Hamra', 'displaced', 4000, 'casualty/number-victims-verb')]],
    ['Thousands have fled the fighting.', [k('Thousands have fled the fighting', 'displaced', 2000, 'casualty/number-verb', null)]],
    // where they fled to, as where from
    ['Tens of thousands have fled to neighbouring Chad.', [k('Tens of thousands have fled to neighbouring Chad', 'displaced', 20000, 'casualty/number-verb', null)]],
    ['More than 3,000 people fled into Poland overnight.', [k('More than 3,000 people fled into Poland', 'displaced', 3001, 'casualty/number-victims-verb', null)]],
    ['Two suspects fled to a nearby house.', []],
    // a vague part of them with no people named is no figure
    ['About 4,000 people had fled Tal Hamra, many of them on foot.', [k('About 4,000 people had fled Tal Hamra', 'displaced', 4000, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
  // a suspect's flight, one person, a relative clause
  const none = ['Two men fled the scene on foot.', 'The gunman fled Chicago.', 'Two suspects fled the city.', 'Police arrested two brothers who had fled the country.'];
  for (const text of none) it(text, () => expect(tolls(text).filter((t) => t.kind === 'displaced')).toEqual([]));
});

describe('casualties: a wound had, and an attributive participle before plural people', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two of the victims had gunshot wounds to the lower body.', [k('Two of the victims had gunshot wounds', 'wounded', 2, 'casualty/number-victims-verb')]],
    ['The victim has multiple stab wounds.', [k('The victim has multiple stab wounds', 'wounded', 1, 'casualty/person-verb')]],
    // "had" is the auxiliary of the harm verb, the wound its cause: the death stands
    ['Most of the victims had died of gunshot wounds.', [k('the victims had died', 'killed', null, 'casualty/victims-verb', null)]],
    // "The injured men": people not counted, not one person "The injured"
    ['The injured men were taken to the hospital.', []],
    ['The injured man was taken to the hospital.', [k('The injured man', 'wounded', 1, 'casualty/person-verb')]],
    ['The city has had budget cuts.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: "leave" opens a count as "left" does', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Shootings in Santa Rosa leave two hospitalized', [k('leave two hospitalized', 'wounded', 2, 'casualty/number-verb')]],
    ['Storms leave 3 dead in Texas', [k('leave 3 dead', 'killed', 3, 'casualty/number-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: hurt in a limb is told as alive, beside a death', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Police shot and killed a man. A woman at a bus stop was struck in the leg by a bullet.', [
      k('shot and killed a man', 'killed', 1, 'casualty/verb-person'),
      k('A woman at a bus stop was struck in the leg by a bullet', 'wounded', 1, 'casualty/person-verb'),
    ]],
    // no limb: the outcome is not told, and beside a death the reading is a casualty of either kind
    ['Police shot and killed a man. A woman at a bus stop was struck by a bullet.', [
      k('shot and killed a man', 'killed', 1, 'casualty/verb-person'),
      k('A woman at a bus stop was struck by a bullet', 'casualties', 1, 'casualty/person-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a report or footage "released" tells of no one who lived', () => {
  it('keeps a wound beside a death of unknown outcome when the report was released', () => {
    expect(tolls('Police shot and killed Ray Dunn. The coroner\'s report released Thursday showed that Dunn also had two gunshot wounds in his back.')).toEqual([
      k('shot and killed Ray Dunn', 'killed', 1, 'casualty/verb-person'),
      k('Dunn also had two gunshot wounds', 'casualties', 1, 'casualty/person-verb'),
    ]);
  });
  it('but "treated and released" says the one hurt lived', () => {
    expect(tolls('Police shot and killed Ray Dunn. A bystander was shot and was treated and released.')).toEqual([
      k('shot and killed Ray Dunn', 'killed', 1, 'casualty/verb-person'),
      k('A bystander was shot', 'wounded', 1, 'casualty/person-verb'),
    ]);
  });
});

describe('casualties: a part of a toll, and where a victims list ends', () => {
  const cases: Array<[string, Expected[]]> = [
    // a part told of by a clause of its own is no part of the harm
    ['The militants abducted 14 aid workers, seven of whom were later released.', [k('abducted 14 aid workers', 'kidnapped', 14, 'casualty/verb-number-victims')]],
    // a part named by its people or told with an adverb still is
    ['The attack wounded 30 people, five of whom are children.', [
      k('wounded 30 people', 'wounded', 30, 'casualty/verb-number-victims'), k('five of whom are children', 'wounded', 5, 'casualty/subset'),
    ]],
    ['More than 60 people were injured, 14 of them seriously.', [
      k('More than 60 people were injured', 'wounded', 61, 'casualty/number-victims-verb', null), k('14 of them', 'wounded', 14, 'casualty/subset'),
    ]],
    // the people after a comma who said it are no victims
    ['The crash killed 24 passengers and injured 19 others, police said.', [
      k('killed 24 passengers', 'killed', 24, 'casualty/verb-number-victims'), k('injured 19 others', 'wounded', 19, 'casualty/verb-number-victims'),
    ]],
    ['The shelling killed soldiers, civilians and children.', [k('killed soldiers, civilians and children', 'killed', null, 'casualty/verb-victims')]],
    // a participle that harms no one by itself shares the verb of being before "and"
    ['A 62-year-old pedestrian was struck and killed by a pickup truck on Route 9.', [k('A 62-year-old pedestrian was struck and killed', 'killed', 1, 'casualty/person-verb')]],
    ['Two men were robbed and shot.', [k('Two men were robbed and shot', 'wounded', 2, 'casualty/number-victims-verb')]],
    ['He was drunk and homeless when police found him.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: people by faith, trade and office', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A gunman opened fire on worshippers, killing a priest and wounding four parishioners.', [
      k('killing a priest', 'killed', 1, 'casualty/verb-person'),
      k('wounding four parishioners', 'wounded', 4, 'casualty/verb-number-victims'),
    ]],
    ['Two paramedics and a lawyer were injured.', [k('Two paramedics and a lawyer were injured', 'wounded', 3, 'casualty/number-victims-verb')]],
    // a surname that is also a trade stays a name
    ['He told police he shot Hunter as he tried to push into the home.', [k('shot Hunter', 'wounded', 1, 'casualty/verb-person')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a toll with a year in its time, and one person of a toll', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The death toll since October 2023 had passed 43,000.', [k('death toll since October 2023 had passed 43,000', 'killed', 43001, 'casualty/toll', null)]],
    ['The death toll from the 2015 earthquake rose to 9,000.', [k('death toll from the 2015 earthquake rose to 9,000', 'killed', 9000, 'casualty/toll')]],
    ['Strikes overnight killed at least nine civilians, including a child, and injured 34.', [
      k('killed at least nine civilians', 'killed', 9, 'casualty/verb-number-victims', null),
      k('a child', 'killed', 1, 'casualty/subset'),
      k('injured 34', 'wounded', 34, 'casualty/verb-number'),
    ]],
    ['Police arrested 40 protesters, including a journalist.', [
      k('arrested 40 protesters', 'arrested', 40, 'casualty/verb-number-victims'),
      k('a journalist', 'arrested', 1, 'casualty/subset'),
    ]],
    // a thing included is no person
    ['The blasts, including a car bomb, killed 12 people.', [k('killed 12 people', 'killed', 12, 'casualty/verb-number-victims')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the treated are hurt and alive, beside the dead of their sentence', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The ministry said 17 people had died, and that a further 40 were being treated in hospital. Another region reported six deaths.', [
      k('17 people had died', 'killed', 17, 'casualty/number-victims-verb'),
      k('40 were being treated', 'wounded', 40, 'casualty/number-verb'),
      k('six deaths', 'killed', 6, 'casualty/number-noun'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a second owner\'s count with the noun left out', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Mali has reported 14 deaths and Burkina Faso six, the agency said.', [
      k('14 deaths', 'killed', 14, 'casualty/number-noun'),
      k('Burkina Faso six', 'killed', 6, 'casualty/number-noun'),
    ]],
    ['The storm caused 14 deaths and March 3 was the worst day.', [k('14 deaths', 'killed', 14, 'casualty/number-noun')]],
    ['The storm caused 14 deaths and March 3.', [k('14 deaths', 'killed', 14, 'casualty/number-noun')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: people listed after "including"', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Hospital records confirmed nine deaths, including a 16-year-old pupil and a taxi driver.', [
      k('nine deaths', 'killed', 9, 'casualty/number-noun'),
      k('a 16-year-old pupil and a taxi driver', 'killed', 2, 'casualty/subset'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a part named inside the subject of its whole', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Six members of one family, including three children, were killed when a shell hit their home.', [
      k('Six members of one family, including three children, were killed', 'killed', 6, 'casualty/number-victims-verb'),
      k('three children', 'killed', 3, 'casualty/subset'),
    ]],
    // a part of none is no figure
    ['Nine people, none of them foreigners, died in the blast.', [k('Nine people, none of them foreigners, died', 'killed', 9, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

// War and disaster copy: armed men "eliminated", drones shot down, the dead and the missing
// counted together, bodies recovered, a subject shared by two verbs. Sentences written for the tests.

describe('casualties: war and disaster copy', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Security forces eliminated five militants in the operation.', [k('eliminated five militants', 'killed', 5, 'casualty/verb-number-victims')]],
    ['The army said it had eliminated 12 terrorists on Sunday.', [k('eliminated 12 terrorists', 'killed', 12, 'casualty/verb-number-victims')]],
    ['Twelve insurgents were eliminated in the raid.', [k('Twelve insurgents were eliminated', 'killed', 12, 'casualty/number-victims-verb')]],
    ['The ministry said its forces had liquidated 40 fighters.', [k('liquidated 40 fighters', 'killed', 40, 'casualty/verb-number-victims')]],
    // a toll by side is one figure for the verb, as "lost her sister and two nephews" is
    ['Clashes killed 12 soldiers and 30 militants, the army said.', [k('killed 12 soldiers and 30 militants', 'killed', 42, 'casualty/verb-persons')]],
    ['Four people were killed and 19 injured in separate attacks on Tuesday.', [
      k('Four people were killed', 'killed', 4, 'casualty/number-victims-verb'),
      k('19 injured', 'wounded', 19, 'casualty/number-verb'),
    ]],
    ['The death toll from the floods has risen to 120.', [k('death toll from the floods has risen to 120', 'killed', 120, 'casualty/toll')]],
    // a time between the toll and its figure; "above" is more than
    ['Five soldiers were killed, bringing the death toll this week to 23.', [
      k('Five soldiers were killed', 'killed', 5, 'casualty/number-victims-verb'),
      k('death toll this week to 23', 'killed', 23, 'casualty/toll'),
    ]],
    // a verb that raises the toll before it: its cause runs up to "to" and the count
    ["Divers found two more bodies, raising the toll from Sunday's collapse of a road bridge in northern Portugal to nine.", [
      k('two more bodies', 'killed', 2, 'casualty/number-noun'),
      k("toll from Sunday's collapse of a road bridge in northern Portugal to nine", 'killed', 9, 'casualty/toll'),
    ]],
    ['The toll from the collapse went to court.', []],
    ['The death toll from the quake climbed above 2,000.', [k('death toll from the quake climbed above 2,000', 'killed', 2001, 'casualty/toll', null)]],
    // a total carried on from the figure before: the kind of its verb
    ['The ministry said 14 people had been killed in the past day, taking the total to 3,210.', [
      k('14 people had been killed', 'killed', 14, 'casualty/number-victims-verb'),
      k('total to 3,210', 'killed', 3210, 'casualty/total'),
    ]],
    ['Another 40 were wounded, bringing the overall total to 900.', [
      k('40 were wounded', 'wounded', 40, 'casualty/number-verb'),
      k('total to 900', 'wounded', 900, 'casualty/total'),
    ]],
    // people who fled their homes are displaced
    ['Thousands have fled their homes since the fighting began.', [k('Thousands have fled their homes', 'displaced', 2000, 'casualty/number-verb', null)]],
    ['The violence has forced 20,000 people to flee their homes.', [k('20,000 people to flee their homes', 'displaced', 20000, 'casualty/number-victims-verb')]],
    // the one who did it is counted when harmed
    ['The explosion killed the bomber and two guards.', [k('killed the bomber and two guards', 'killed', 3, 'casualty/verb-persons')]],
    // "shot dead" in the active voice takes its object; after a verb of being it has none
    ['Police shot dead at least three protesters on Tuesday.', [k('shot dead at least three protesters', 'killed', 3, 'casualty/verb-number-victims', null)]],
    ['Soldiers shot dead a man at a checkpoint.', [k('shot dead a man', 'killed', 1, 'casualty/verb-person')]],
    ['A man was shot dead Tuesday night.', [k('A man was shot dead', 'killed', 1, 'casualty/person-verb')]],
    // "martyred" is a death; "others" beside the dead of the sentence are the hurt who lived
    ['Two soldiers were martyred and three others sustained bullet injuries.', [
      k('Two soldiers were martyred', 'killed', 2, 'casualty/number-victims-verb'),
      k('three others sustained bullet injuries', 'wounded', 3, 'casualty/number-victims-verb'),
    ]],
    // a toll that has "gone up to" its number is at it, not at most it
    ['The toll in the cyclone has gone up to 42.', [k('toll in the cyclone has gone up to 42', 'killed', 42, 'casualty/toll')]],
    ['Police shot and killed the shooter.', [k('shot and killed the shooter', 'killed', 1, 'casualty/verb-person')]],
    ['At least 30 villagers remain unaccounted for.', [k('At least 30 villagers remain unaccounted', 'missing', 30, 'casualty/number-victims-verb', null)]],
    // the dead and the missing told together are one figure of both
    ['More than 900 people have died or gone missing on the crossing this year.', [
      k('More than 900 people have died or gone missing', 'casualties', 901, 'casualty/number-victims-verb', null),
    ]],
    ['At least 214 people were recorded dead or missing in 2024.', [k('At least 214 people were recorded dead or missing', 'casualties', 214, 'casualty/number-victims-verb', null)]],
    // bodies of a counted group of people
    ['Divers recovered the bodies of three fishermen on Friday.', [k('the bodies of three fishermen', 'killed', 3, 'casualty/bodies-of')]],
    ['The bodies of the two climbers were found below the ridge.', [k('The bodies of the two climbers', 'killed', 2, 'casualty/bodies-of')]],
    ['Bodies of 12 migrants washed ashore near the port.', [k('Bodies of 12 migrants', 'killed', 12, 'casualty/bodies-of')]],
    // a second verb of being shares the counted subject of the clause before it
    ['Witnesses said at least four fishermen had drifted out to sea and were missing.', [
      k('at least four fishermen had drifted out to sea and were missing', 'missing', 4, 'casualty/number-victims-verb', null),
    ]],
    // … or the subject of a finite verb that opens the clause before (not over a harm verb of its own)
    ['The gunman fled the scene and was arrested two hours later.', [k('The gunman fled the scene and was arrested', 'arrested', 1, 'casualty/person-verb')]],
    ['Two men abandoned their car and were detained at a roadblock.', [k('Two men abandoned their car and were detained', 'arrested', 2, 'casualty/number-victims-verb')]],
    ['Officers said the suspect ran into a house and was shot dead.', [k('the suspect ran into a house and was shot dead', 'killed', 1, 'casualty/person-verb')]],
    ['A 70-year-old woman was swept away by floodwaters and is presumed dead.', [
      k('A 70-year-old woman was swept away by floodwaters and is presumed dead', 'killed', 1, 'casualty/person-verb'),
    ]],
    ['The victim was taken to a hospital and is in stable condition.', [
      k('The victim was taken to a hospital and is in stable condition', 'wounded', 1, 'casualty/condition'),
    ]],
    // "hurt" of "another" beside a death is one more person hurt, not a figure of speech
    ['One person died and another was seriously hurt.', [
      k('One person died', 'killed', 1, 'casualty/number-victims-verb'),
      k('another was seriously hurt', 'wounded', 1, 'casualty/person-verb'),
    ]],
    // a death told without "was" after "and"/"but" shares the clause's subject
    ['He was taken to hospital and died.', [k('He was taken to hospital and died', 'killed', 1, 'casualty/person-verb')]],
    ['She was rushed to hospital but died hours later.', [k('She was rushed to hospital but died', 'killed', 1, 'casualty/person-verb')]],
    ['Two men were taken to hospital and died.', [k('Two men were taken to hospital and died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['The company was founded in 1990 and died out.', []],
    ['Two teenagers were knifed.', [k('Two teenagers were knifed', 'wounded', 2, 'casualty/number-victims-verb')]],
    // a couple is two people; "a couple of" is a few
    ['An elderly couple was killed in the fire.', [k('couple was killed', 'killed', 2, 'casualty/number-verb')]],
    ['The couple were arrested on Friday.', [k('couple were arrested', 'arrested', 2, 'casualty/number-verb')]],
    // a long appositive that opens on an article is a description between the subject and its verb
    ['The driver, a 50-year-old doctor from Saudi Arabia who had lived in Germany since 2006, was detained at the scene.', [
      k('The driver, a 50-year-old doctor from Saudi Arabia who had lived in Germany since 2006, was detained', 'arrested', 1, 'casualty/person-verb'),
    ]],
    // a headline's "drown"; people found suffering from a wound or the cold (weak, as "suffered": the outcome may come later)
    ['At least 27 migrants drown off Tunisia as boats sink', [k('At least 27 migrants drown', 'killed', 27, 'casualty/number-victims-verb', null)]],
    ['Two climbers were found suffering from frostbite.', [k('Two climbers were found suffering from frostbite', 'wounded', 2, 'casualty/number-victims-verb')]],
    ['He was suffering from depression.', []],
    // taken to hospital suffering from a harm: hurt, the group opening on the transport; "the rescued" are people
    ['Six of the rescued were taken to hospital suffering from hypothermia.', [k('Six of the rescued were taken to hospital suffering from hypothermia', 'wounded', 6, 'casualty/number-victims-verb')]],
    ['Two men were airlifted to a hospital suffering from burns.', [k('Two men were airlifted to a hospital suffering from burns', 'wounded', 2, 'casualty/number-victims-verb')]],
    ['She was taken to hospital suffering from depression.', []],
    ['The rescued dogs were taken to a shelter.', []],
    // "in hospital" as a state after a verb of being: with a count, or after "remain"
    ['Three of them were still in hospital on Wednesday.', [k('Three of them were still in hospital', 'wounded', 3, 'casualty/condition')]],
    ['The driver remains in hospital.', [k('The driver remains in hospital', 'wounded', 1, 'casualty/condition')]],
    ['He was in hospital when the fire broke out.', []],
    // a manager is a person; a count of someone's people joins a list
    ['Police arrested the manager and two of his staff.', [k('arrested the manager and two of his staff', 'arrested', 3, 'casualty/verb-persons')]],
    // "along with" after a time, and a count of someone's people
    ['Its owner, Shaji Kuriakose, was arrested on Tuesday along with two of his employees.', [
      k('Its owner, Shaji Kuriakose, was arrested on Tuesday along with two of his employees', 'arrested', 3, 'casualty/persons-verb'),
    ]],
    // the part saved is no part of the toll; people after "and" with an adverb open a clause of their own
    ['At least 14 miners were trapped underground, and rescuers had brought out nine of them alive by Friday.', [k('At least 14 miners were trapped', 'missing', 14, 'casualty/number-victims-verb', null)]],
    ['Gunmen abducted 14 aid workers and police later rescued six of them.', [k('abducted 14 aid workers', 'kidnapped', 14, 'casualty/verb-number-victims')]],
    // people who remain in shelters are displaced, with a count
    ['Authorities said 4,200 people remained in evacuation centres on Tuesday.', [k('4,200 people remained in evacuation centres', 'displaced', 4200, 'casualty/number-victims-verb')]],
    ['The troops remained in their camp.', []],
    // "in custody" after a verb of being is arrested; "any" opens a question, no count
    ['Police said a 34-year-old man was in custody.', [k('a 34-year-old man was in custody', 'arrested', 1, 'casualty/person-verb')]],
    ['Fifty-two people remained in police custody on Friday.', [k('Fifty-two people remained in police custody', 'arrested', 52, 'casualty/number-victims-verb')]],
    ['It is unknown if any suspects are in custody.', []],
    ['Police did not say whether any people were hurt.', []],
    // a broken body part is a wound; people other than the dead of the sentence are hurt with their wounds
    ['A security guard suffered a broken arm in the scuffle.', [k('A security guard suffered a broken arm', 'wounded', 1, 'casualty/person-verb')]],
    ['A 19-year-old man was stabbed to death early Sunday, and a second man was taken to hospital with stab wounds.', [
      k('A 19-year-old man was stabbed to death', 'killed', 1, 'casualty/person-verb'),
      k('a second man was taken to hospital with stab wounds', 'wounded', 1, 'casualty/with-wound'),
    ]],
    ['The shooting left one man dead and two others with non-life-threatening injuries.', [
      k('left one man dead', 'killed', 1, 'casualty/number-victims-verb'),
      k('two others with non-life-threatening injuries', 'wounded', 2, 'casualty/with-wound'),
    ]],
    ['Two men were found dead in the car with gunshot wounds.', [k('Two men were found dead', 'killed', 2, 'casualty/number-victims-verb')]],
    // a count of its own after "and"/"while" opens a clause of other people; bodies found are the dead
    ['Twelve residents died in the blaze and 34 were treated for smoke inhalation.', [
      k('Twelve residents died', 'killed', 12, 'casualty/number-victims-verb'),
      k('34 were treated for smoke inhalation', 'wounded', 34, 'casualty/with-wound'),
    ]],
    ['Four soldiers were killed while 11 were airlifted to hospital with burns.', [
      k('Four soldiers were killed', 'killed', 4, 'casualty/number-victims-verb'),
      k('11 were airlifted to hospital with burns', 'wounded', 11, 'casualty/with-wound'),
    ]],
    ['Three people were killed and two were found with gunshot wounds.', [k('Three people were killed', 'killed', 3, 'casualty/number-victims-verb')]],
    // "lost their lives" is a death of the sentence: the others beside it keep their wounds
    ['Two persons lost their lives and five others sustained injuries in the mishap.', [
      k('Two persons lost their lives', 'killed', 2, 'casualty/number-victims-verb'),
      k('five others sustained injuries', 'wounded', 5, 'casualty/number-victims-verb'),
    ]],
    // a count "along with" after a counted reading is other people of the same kind, read of their own
    ['Eight police officers were killed in the ambush, along with two civilians.', [
      k('Eight police officers were killed', 'killed', 8, 'casualty/number-victims-verb'),
      k('two civilians', 'killed', 2, 'casualty/along-with'),
    ]],
    ['Three men were arrested along with 2 kg of heroin.', [k('Three men were arrested', 'arrested', 3, 'casualty/number-victims-verb')]],
    ['Four guards were killed in the riot, together with two prisoners.', [
      k('Four guards were killed', 'killed', 4, 'casualty/number-victims-verb'),
      k('two prisoners', 'killed', 2, 'casualty/along-with'),
    ]],
    ['Nine soldiers died in the attack, as well as five civilians.', [
      k('Nine soldiers died', 'killed', 9, 'casualty/number-victims-verb'),
      k('five civilians', 'killed', 5, 'casualty/along-with'),
    ]],
    ['Four people were injured along with dozens of animals.', [k('Four people were injured', 'wounded', 4, 'casualty/number-victims-verb')]],
    // South Asian military copy's idioms of death
    ['Seven soldiers embraced shahadat during the operation.', [k('Seven soldiers embraced shahadat', 'killed', 7, 'casualty/number-victims-verb')]],
    ['The military said 13 terrorists were sent to hell in the ensuing exchange of fire.', [k('13 terrorists were sent to hell', 'killed', 13, 'casualty/number-victims-verb')]],
    ['The letter was sent to Hell, Norway.', []],
    // a full relative clause's people are told of again by the verb after it
    ['Two people who were injured in the blast have died.', [k('Two people who were injured in the blast have died', 'killed', 2, 'casualty/number-victims-verb')]],
    ['The man who was shot on Friday died on Sunday.', [k('The man who was shot on Friday died', 'killed', 1, 'casualty/person-verb')]],
    ['Three people who were hurt were taken to hospital.', [k('Three people who were hurt', 'wounded', 3, 'casualty/number-victims-verb')]],
    // "the body of" one person named is one dead; other bodies are none
    ['Emergency workers pulled the body of a teenager from the debris.', [k('the body of a teenager', 'killed', 1, 'casualty/bodies-of')]],
    ['The student body of the university voted on Monday.', []],
    ['A governing body of football said it would act.', []],
    // "victims" makes the group rules read a sentence
    ['Among the victims were a woman and her son.', [k('Among the victims were a woman and her son', 'casualties', 2, 'casualty/among')]],
    // "dead" qualifying animals is no toll
    ['Volunteers have collected nearly 300 dead or oil-coated seabirds since Sunday.', []],
    ['About 300 dead fish washed up on the shore.', []],
    ['Police found 12 dead bodies in the house.', [k('12 dead', 'killed', 12, 'casualty/number-verb')]],
    ['Two people died in hospital.', [k('Two people died', 'killed', 2, 'casualty/number-victims-verb')]],
    // a person's employer after "for"; treated in hospital for a wound; a trade in an appositive's head
    ['A photographer for a local news site was treated in hospital for a head wound.', [
      k('A photographer for a local news site was treated in hospital for a head wound', 'wounded', 1, 'casualty/with-wound'),
    ]],
    ['A 67-year-old retired schoolteacher, Thomas Varghese, died at a private hospital.', [
      k('A 67-year-old retired schoolteacher, Thomas Varghese, died', 'killed', 1, 'casualty/person-verb'),
    ]],
    ['The man shot two officers and was killed.', [k('shot two officers', 'wounded', 2, 'casualty/verb-number-victims')]],
    ['The council met on Monday and was told of the plan.', []],
    ['Belgian Rider Dies After Crash', [k('Belgian Rider Dies', 'killed', 1, 'casualty/person-verb')]],
    // a Title-Case headline's subject is a people noun among its first words, however far its verb
    ['Man Hit by Bus on High Street Dies in Hospital\n\nThe crash happened on Friday.', [k('Man Hit by Bus on High Street Dies', 'killed', 1, 'casualty/person-verb')]],
    ['Teenager Sent Home From A&E Died of Brain Bleed, Inquest Hears\n\nThe inquest opened on Tuesday.', [k('Teenager Sent Home From A&E Died', 'killed', 1, 'casualty/person-verb')]],
    // not when an object follows: the headline's subject did it, the one hurt is the object
    ['Woman on Night Shift Shot Her Attacker\n\nThe attack happened on Friday.', [k('Shot Her Attacker', 'wounded', 1, 'casualty/verb-person')]],
    ['Woman Accidentally Shot Soldier Husband\n\nThe attack happened on Friday.', []],
    // a headline's kicker before a colon opens a clause with its article dropped
    ['Police: Man Shot Near School\n\nThe attack happened on Friday.', [k('Man Shot', 'wounded', 1, 'casualty/person-verb')]],
    // a bone broken: the owner is the one person hurt, however far back the subject
    ['A second skier lost control on the same slope and broke his collarbone.', [k('broke his collarbone', 'wounded', 1, 'casualty/broken-bone')]],
    ['She fractured her left wrist in the fall.', [k('fractured her left wrist', 'wounded', 1, 'casualty/broken-bone')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
  it('reads no one as shot when an object follows the headline verb after a kicker', () => {
    expect(tolls('Sheriff: Suspect Shot Victim Once\n\nThe attack happened on Friday.').map((t) => t.text)).not.toContain('Suspect Shot');
  });
});

describe('casualties: war and disaster copy that counts nobody harmed', () => {
  const cases: Array<[string, Expected[]]> = [
    // drones and aircraft are shot down, not wounded
    ['Russia launched 80 drones overnight. It said 71 of them were shot down.', []],
    ['Two helicopters were shot down over the valley.', []],
    // "shot up": a rise, or damage to a thing
    ['Shares of the drugmaker shot up 12% in January.', []],
    ['Norvik shot up 12% in January.', []],
    ['Gunmen shot up a bar, wounding five people.', [k('wounding five people', 'wounded', 5, 'casualty/verb-number-victims')]],
    ['Air defences shot down 40 missiles.', []],
    // a result after the object is sports copy
    ['The Lakers killed the Celtics 120-98 on Tuesday night.', []],
    // a trade hurt by the economy (no reading at all, not even one with no count)
    ['Farmers have been hurt by low prices.', []],
    ['Exporters were hurt by the strong currency.', []],
    ['Two people were hurt by falling debris.', [k('Two people were hurt', 'wounded', 2, 'casualty/number-victims-verb')]],
    // "eliminated" kills only armed men
    ['The company eliminated 300 jobs last year.', []],
    ['Nadal eliminated him in the quarter-finals.', []],
    ['Two teams were eliminated on Sunday.', []],
    ['The fund liquidated 40 positions last week.', []],
    ['The company was liquidated in 2019.', []],
    ['The reform eliminated 300 positions at the ministry.', []],
    // "her" owning an owner is no person detained
    ["The port authority detained her group's ship three times this year.", []],
    ['The bodies of three cars were crushed in the pile-up.', []],
    ['The company sold 40 cars, bringing the total to 900.', []],
    ['He fled his home in 2010.', []],
    // "the dead" before a plural verb counts nobody; the agent of a passive is not the one who died
    ['The dead were identified as two brothers from the village.', []],
    ['A dog shot by burglars has died, its owner said.', []],
    // a promise, a silence or a record broken hurts nobody
    ['The goalkeeper broke his promise to stay.', []],
    ['The minister broke her silence on Monday.', []],
    ['The team broke their own record.', []],
    // a harm verb in the first clause counts its subject there, once
    ['Two men were shot and were taken to hospital.', [k('Two men were shot', 'wounded', 2, 'casualty/number-victims-verb')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the lives of the people a verb took', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The blaze has so far claimed the lives of a firefighter and two residents.', [k('claimed the lives of a firefighter and two residents', 'killed', 3, 'casualty/lives-of')]],
    ['The disease took the lives of 12 people last year.', [k('took the lives of 12 people', 'killed', 12, 'casualty/lives-of')]],
    ['The war cost the lives of the three brothers.', [k('cost the lives of the three brothers', 'killed', 3, 'casualty/lives-of')]],
    // lives changed or saved are no lives lost
    ['The program changed the lives of thousands of children.', []],
    // paralysis and maiming are wounds; a city or traffic paralysed is none
    ['The shooting left a 16-year-old girl paralyzed.', [k('a 16-year-old girl paralyzed', 'wounded', 1, 'casualty/person-verb')]],
    ['The bomb maimed dozens of children.', [k('maimed dozens of children', 'wounded', 24, 'casualty/verb-number-victims', null)]],
    ['Gridlock paralysed traffic for hours.', []],
    ['Strikes paralyzed the port.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: the deaths, killings or murders of people', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Police confirmed the deaths of two hikers.', [k('the deaths of two hikers', 'killed', 2, 'casualty/deaths-of')]],
    ['The killings of three journalists sparked protests.', [k('The killings of three journalists', 'killed', 3, 'casualty/deaths-of')]],
    ['Police confirmed the deaths of a guard and two drivers.', [k('the deaths of a guard and two drivers', 'killed', 3, 'casualty/deaths-of')]],
    // deaths ruled accidents are deaths (this sentence was pinned as no reading before "deaths of" was read)
    ['The deaths of two men were ruled accidents.', [k('The deaths of two men', 'killed', 2, 'casualty/deaths-of')]],
    ['The death of a 12-year-old boy shocked the town.', [k('The death of a 12-year-old boy', 'killed', 1, 'casualty/deaths-of')]],
    ['Protesters demanded justice over the death of Marlon Oduya.', [k('the death of Marlon Oduya', 'killed', 1, 'casualty/deaths-of')]],
    // no people, a group not counted, a single word that may be a place
    ['Critics mourned the death of democracy.', []],
    ['The deaths of children are a national shame.', []],
    ['He spoke after the death of Guinea-born activist.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

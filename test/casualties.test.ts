import { describe, expect, it } from 'vitest';
import { reading as k, readings as tolls, type Reading as Expected } from './helpers/tolls.js';
import { extractText } from '../src/extract.js';
import { falseSpans, schemaErrors } from './helpers/check.js';

describe('casualties: the patterns of the issue', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Gunmen killed 12 people in the market.', [k('killed 12 people', 'killed', 12)]],
    ['Five people were killed in the blast.', [k('Five people were killed', 'killed', 5)]],
    ['The crash left 3 dead.', [k('left 3 dead', 'killed', 3)]],
    ['Two killed in highway crash', [k('Two killed', 'killed', 2)]],
    ['The bomb went off at noon, killing 14.', [k('killing 14', 'killed', 14)]],
    ['Officials said 4 dead and 11 injured.', [k('4 dead', 'killed', 4), k('11 injured', 'wounded', 11)]],
    ['The death toll rose to 45 on Sunday.', [k('death toll rose to 45', 'killed', 45)]],
    ['The strike killed 30 people, 12 of them children.', [k('killed 30 people', 'killed', 30), k('12 of them children', 'killed', 12)]],
    ['The attackers killed 3 guards and wounded 7 others.', [k('killed 3 guards', 'killed', 3), k('wounded 7 others', 'wounded', 7)]],
    ['At least 25 Pakistani soldiers have been killed this month.', [k('At least 25 Pakistani soldiers have been killed', 'killed', 25, null)]],
    ['The shelling killed and wounded dozens.', [k('killed and wounded dozens', 'casualties', 24, null)]],
    ['Recent attacks have killed more than two dozen Pakistani soldiers.', [k('killed more than two dozen Pakistani soldiers', 'killed', 25, null)]],
    ['The country recorded over 2,500 casualties last year.', [k('over 2,500 casualties', 'casualties', 2501, null)]],
    ['The group carried out at least 600 attacks or clashes.', [k('at least 600 attacks or clashes', 'attacks', 600, null)]],
    ['Police recorded 312 stabbings last year, up from 280.', [k('312 stabbings', 'attacks', 312)]],
    ['Skirmishes have killed and wounded soldiers and civilians.', [k('killed and wounded soldiers and civilians', 'casualties', null, null)]],
    ['Between 10 and 15 miners are missing.', [k('Between 10 and 15 miners are missing', 'missing', 10, 15)]],
    ['Nearly 50 people died in the floods.', [k('Nearly 50 people died', 'killed', null, 50)]],
    ['No one was hurt.', [k('No one was hurt', 'wounded', 0)]],
    ['Rebels kidnapped 20 students from a school.', [k('kidnapped 20 students', 'kidnapped', 20)]],
    ['Police arrested three suspects.', [k('arrested three suspects', 'arrested', 3)]],
    ['The storm displaced some 15,000 residents.', [k('displaced some 15,000 residents', 'displaced', 15000)]],
    ['The fighting has displaced thousands of families.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
});

describe('casualties: a verb in its bare form counts only with a number', () => {
  it.each([
    ['Space heaters cause fires which kill about 80 people and injure about 160 a year.', [
      k('kill about 80 people', 'killed', 80), k('injure about 160', 'wounded', 160),
    ]],
    ['Falls kill about 700 people a year and injure about 30,000.', [k('kill about 700 people', 'killed', 700), k('injure about 30,000', 'wounded', 30000)]],
    // a wish, a threat, a danger: no one harmed
    ['The heaters could overheat and injure people.', []],
    ['He yelled at the officers to go ahead and kill him.', []],
  ] as Array<[string, Expected[]]>)('%s', (text, expected) => {
    expect(tolls(text)).toEqual(expected);
  });
});

describe('casualties: one person, named by a phrase', () => {
  const cases: Array<[string, Expected[]]> = [
    ['A 20-year-old man was shot while walking home.', [k('A 20-year-old man was shot', 'wounded', 1)]],
    ['Tavon Goff, of York City, was injured in the shooting.', [k('Tavon Goff, of York City, was injured', 'wounded', 1)]],
    ['A man and a woman were shot and killed inside the home.', [k('A man and a woman were shot and killed', 'killed', 2)]],
    ['She shot her husband through a closed door.', [k('shot her husband', 'wounded', 1)]],
    ['The gunman then killed himself.', [k('killed himself', 'killed', 1)]],
    ['The victim was pronounced dead at the scene.', [k('The victim was pronounced dead', 'killed', 1)]],
    ['He was listed in critical condition.', [k('He was listed in critical condition', 'wounded', 1)]],
    // the article speaks of the death elsewhere: the person shot is the one who died
    ['A man was shot on Elm Street. Police are treating the case as a homicide.', [k('A man was shot', 'killed', 1)]],
    // a death toll of its own: the lone "shot" stays unsettled
    ['Two people were killed. A third man was shot.', [k('Two people were killed', 'killed', 2), k('A third man was shot', 'casualties', 1)]],
    ['A girl was shot in the leg and is expected to recover. Two men died.', [k('A girl was shot', 'wounded', 1), k('Two men died', 'killed', 2)]],
    ['Their children were not hurt.', [k('Their children were not hurt', 'wounded', 0)]],
    ['Officers found a man shot in the leg.', [k('a man shot', 'wounded', 1)]],
    ['He suffered a non-life threatening gunshot wound.', [k('He suffered a non-life threatening gunshot wound', 'wounded', 1)]],
    ['Both were shot in the legs.', [k('Both were shot', 'wounded', 2)]],
    // a name ending in s is one person; a demonym plural is not
    ['Lelangel Holmes was shot and killed.', [k('Lelangel Holmes was shot and killed', 'killed', 1)]],
    ['Afghans were killed in the raid.', [k('Afghans were killed', 'killed', null)]],
    // intentions are not events
    ['He threatened to kill his neighbour.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
});

describe('casualties: output', () => {
  const text = 'Clashes on Monday killed 12 soldiers near Kabul.\n\nPolice said 4 people were injured.';
  const result = extractText(text, { referenceDate: '2025-10-28' });
  it('validates and every span is true to the input', () => {
    expect(schemaErrors(result)).toEqual([]);
    expect(falseSpans(result, text)).toEqual([]);
  });
  it('numbers K1.. in text order with rules, victims and counts', () => {
    const [first, second] = result.casualties;
    expect(first).toMatchObject({ id: 'K1', kind: 'killed', rule: 'casualty/verb-number-victims', victims: { text: 'soldiers' } });
    expect(first!.count).toEqual({ min: 12, max: 12, approximate: false, text: '12' });
    expect(second).toMatchObject({ id: 'K2', kind: 'wounded', text: '4 people were injured' });
  });
  it('links the dates of the sentence', () => {
    const monday = result.dates.find((d) => d.text.includes('Monday'));
    if (monday) expect(result.casualties[0]!.dates).toContain(monday.id);
  });
});

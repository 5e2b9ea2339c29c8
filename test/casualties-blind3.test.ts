// Casualty shapes from the third held-out set (fixtures/blind3-*): people trapped, a toll whose
// cause runs long, a count of the dead that "included" some, a transport to hospital with a
// condition, "with injuries" after "brought out alive", people of a building.
import { describe, expect, it } from 'vitest';
import { reading as k, readings as tolls, type Reading as Expected } from './helpers/tolls.js';

describe('casualties: blind3 shapes', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Rescuers worked through the night to reach seven workers believed trapped under the rubble.', [k('seven workers believed trapped', 'missing', 7)]],
    ['Four Climbers Still Trapped After Avalanche', [k('Four Climbers Still Trapped', 'missing', 4)]],
    ['The death toll from a fire at a textile factory outside the capital rose to 23 on Friday.', [k('death toll from a fire at a textile factory outside the capital rose to 23', 'killed', 23)]],
    ['The ministry said the dead included at least four children.', [k('the dead included at least four children', 'killed', 4, null)]],
    ['Officials said the injured included 12 firefighters.', [k('the injured included 12 firefighters', 'wounded', 12)]],
    ['Six of them were taken to hospital in critical condition.', [k('Six of them were taken to hospital in critical condition', 'wounded', 6)]],
    ['Twenty miners were brought out alive, eight of them with injuries.', [k('eight of them with injuries', 'wounded', 8)]],
    ['The blaze gutted a four-storey building and killed three tenants.', [k('killed three tenants', 'killed', 3)]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
});

describe('casualties: blind3 false positives stay untagged', () => {
  const none: string[] = [
    // a transport alone tells no outcome: the dead are taken to hospital too
    'The driver was taken to a hospital in the city.',
    'Three of them were rushed to hospital.',
    // rescued is no harm
    'Thirty-two workers were brought out alive.',
    // trapped things are no people
    'The fumes were trapped inside the tunnel.',
  ];
  for (const text of none) {
    it(text, () => {
      expect(tolls(text)).toEqual([]);
    });
  }
});

describe('casualties: blind3 restatements stay untagged', () => {
  const none: string[] = [
    // victims already counted, told again with their condition
    'Two other victims were taken to City Hospital in stable condition.',
    // people trapped count only with a number
    'Rescuers searched for villagers feared trapped under collapsed homes.',
  ];
  for (const text of none) {
    it(text, () => {
      expect(tolls(text)).toEqual([]);
    });
  }
});

describe('casualties: blind4 shapes', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The death toll from floods caused by three days of heavy rain in the northern hills has risen to at least 40.', [k('death toll from floods caused by three days of heavy rain in the northern hills has risen to at least 40', 'killed', 40, null)]],
    ['Officials said about 2,000 people had been moved to schools and churches.', [k('about 2,000 people had been moved', 'displaced', 2000)]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
});

describe('casualties: a count that opens the sentence, its people named after it', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two tenants, 80-year-old Mary Holt and her son, Daniel, 52, died of smoke inhalation.', [k('Two tenants, 80-year-old Mary Holt and her son, Daniel, 52, died', 'killed', 2)]],
    ['Three residents, Ana Ruiz, Tom Berg and Li Wei, were injured.', [k('Three residents, Ana Ruiz, Tom Berg and Li Wei, were injured', 'wounded', 3)]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(tolls(text)).toEqual(expected);
    });
  }
  it('a count with its own verb before the name keeps the name alone', () => {
    expect(tolls('Two men fled, and one of them, Daniel Holt, 52, died.').map((x) => x.min)).not.toContain(2);
  });
});

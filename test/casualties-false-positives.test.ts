import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { casualties } from '../src/stages/casualties/index.js';

const CTX = { referenceDate: '2025-10-28', lexicon: { entities: [] } };

/** The counts the casualties stage finds (segment + casualties only). */
function counts(text: string): Array<number | null> {
  const doc = createDoc(text);
  segment.run(doc, CTX);
  casualties.run(doc, CTX);
  return doc.casualties.map((c) => c.count.min ?? c.count.max);
}

// Numbers near harm words that are not counts of people harmed.
describe('casualties: false figures stay untagged', () => {
  const cases: string[] = [
    'Jassely Lupoe, a 5-year-old girl, lives on the 1000 block of McFarland Avenue.',
    'Smith, 34, told reporters he heard 6 shots at 8:20 p.m.',
    'The government pledged $6,000,000 to rebuild homes destroyed in 2019.',
    'Unemployment fell 5 percent in 2024.',
    'The quake, a magnitude 6.8, was felt 40 kilometres away.',
    'The hunters killed 3 deer.',

    'Police fired one shot into the air.',
    'The shooting happened at 2810 W. Arkansas 32.',
    'She served 12 years in prison.',
    'The storm destroyed 600 homes.',
    'He threatened to kill the mayor.',
    'The man who shot the video was questioned.',

    'Officers responded to reports of five to 10 shots fired.',
    // a rank among attacks, not a count of them
    'The bombing was one of the deadliest attacks on the coast in the past decade.',
    'It was one of the worst bombings in the city.',
    // lives put at risk or in danger are not lost
    '"Any military action now would put 21 lives at risk," he told reporters.',
    'A rescue attempt could put 40 lives in danger.',
    'The decision put thousands of lives at risk, critics said.',
    'The strike endangered 300 lives on board.',
    // a quantifier over the deaths, no count of one
    '"Every one of these deaths was preventable," the coroner said.',
    'Not one of the deaths was investigated.',
    // distributive: one of each, no count of anyone
    'The government will pay 200,000 rupees to the families of each of the dead.',
  ];
  for (const text of cases) {
    it(text, () => {
      expect(counts(text).filter((n) => n !== null && n > 0)).toEqual([]);
    });
  }

  // a person is counted, the number beside it is not
  const counted: Array<[string, number]> = [
    ['He was shot 3 times.', 1],
    ['Caskey, 19, was killed.', 1],
    ['A 5-year-old girl was wounded.', 1],
    // after "and", years and spans of time are no more people
    ['Police arrested the driver in 2019 and 2020.', 1],
    ['He shot a man and two weeks later fled the state.', 1],
    ['Officers shot the suspect, 24, and 15 shell casings were found.', 1],
  ];
  for (const [text, n] of counted) {
    it(`${text} → ${n}`, () => {
      expect(counts(text)).toEqual([n]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

// How war reports and security statements count the dead: an army's losses, a share of the
// people on board, the armed men "neutralised" in an operation.

describe('casualties: an army loses men, and its losses are a figure', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Ukraine had lost up to 1,300 troops in the past day.', [k('lost up to 1,300 troops', 'casualties', null, 'casualty/lost-forces', 1300)]],
    ["Russia's army lost about 500 men in the assault.", [k('lost about 500 men', 'casualties', 500, 'casualty/lost-forces')]],
    ['The strike brought Russian losses since the start of the month to more than 27,000.', [
      k('losses since the start of the month to more than 27,000', 'casualties', 27001, 'casualty/force-losses', null),
    ]],
    ['Ukrainian losses rose to 1,200, the ministry said.', [k('losses rose to 1,200', 'casualties', 1200, 'casualty/force-losses')]],
    ['Troop losses reached 4,000 soldiers by March.', [k('losses reached 4,000 soldiers', 'casualties', 4000, 'casualty/force-losses')]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: what a company, a team or a market loses is no toll', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The company lost 300 jobs and 40 employees last year.', []],
    ['The club lost 3 players to injury.', []],
    ['Russian losses widened to 3 billion roubles.', []],
    ['Operating losses rose to 1,200 in the quarter.', []],
    ['The bank put its losses at 27,000 euros.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: a share of the people on board', () => {
  const cases: Array<[string, Expected[]]> = [
    ['The plane overran the runway, killing three of the 14 people on board.', [k('killing three of the 14 people', 'killed', 3, 'casualty/verb-number-victims')]],
    ['The blast killed two of its four crew.', [k('killed two of its four crew', 'killed', 2, 'casualty/verb-number-victims')]],
    // a share of a score is still a score
    ['Jones shot 4 of 12 from the field.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

describe('casualties: armed men "neutralised" by security forces', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Two of the kidnappers were “neutralised” during the operation.', [k('Two of the kidnappers were “neutralised”', 'killed', 2, 'casualty/number-victims-verb')]],
    ['Soldiers neutralised five gunmen on Friday.', [k('neutralised five gunmen', 'killed', 5, 'casualty/verb-number-victims')]],
    ['Three bandits were killed in the raid.', [k('Three bandits were killed', 'killed', 3, 'casualty/number-victims-verb')]],
    ['Troops neutralised the threat.', []],
    ['The drug neutralised 99 percent of the toxin.', []],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

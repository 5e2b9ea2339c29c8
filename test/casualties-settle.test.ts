// What a lone "shot" meant, settled over the whole article (settle.ts): a vague or uncounted
// death elsewhere is no toll of the story's own, and someone recovering keeps the person shot
// wounded. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { k, tolls, type Expected } from './helpers/tolls.js';

describe('casualties: a lone "shot" settled over the article', () => {
  const cases: Array<[string, Expected[]]> = [
    // "many deaths" is no count of the story's dead: the man shot stays wounded
    ['A man was shot on Elm Street on Friday. Neighbors said there have been many deaths in the area this year.', [
      k('A man was shot', 'wounded', 1, 'casualty/person-verb'),
      k('many deaths', 'killed', 2, 'casualty/number-noun', null),
    ]],
    // a death spoken of, but the person shot is recovering: not the fatal-article reading
    // (the clerk's recovery is read too, as a condition: "in stable condition" is)
    ['A clerk was shot during a robbery on Friday. The clerk is recovering at Mercy Hospital. Last month a fatal shooting happened two blocks away.', [
      k('A clerk was shot', 'wounded', 1, 'casualty/person-verb'),
      k('The clerk is recovering', 'wounded', 1, 'casualty/condition'),
    ]],
    // no one recovering: the lone person shot in an article of a fatal shooting is the one who died
    ['A clerk was shot during a robbery on Friday. Police are investigating the fatal shooting.', [
      k('A clerk was shot', 'killed', 1, 'casualty/person-verb-fatal-article'),
    ]],
    // a toll of the story's own: the person shot may be one of its dead
    ['Two men were killed in the attack. A guard was shot.', [
      k('Two men were killed', 'killed', 2, 'casualty/number-victims-verb'),
      k('A guard was shot', 'casualties', 1, 'casualty/person-verb'),
    ]],
  ];
  for (const [text, expected] of cases) it(text, () => expect(tolls(text)).toEqual(expected));
});

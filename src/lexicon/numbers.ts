// Number words as data: cardinals, ordinals, multipliers, vague quantities and bounds.
// Shared by the casualties stage (counts) and the dates stage ("the twenty-first",
// "three weeks"). Keep these exports stable: other stages import them.

/** Cardinal words below a hundred that stand alone: "twelve", "forty". */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Tens that take a unit after them: "forty-eight", "forty eight". */
export const TENS: ReadonlySet<string> = new Set([
  'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

/** Scale words that multiply what comes before: "two hundred", "3 million". */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000],
]);

/** Ordinal words: "first" … "twentieth", "thirtieth"; compounds ("twenty-first") via ordinalValue. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11],
  ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90],
  ['hundredth', 100], ['thousandth', 1_000], ['millionth', 1_000_000],
]);

/** Group nouns counted with a number: "two dozen" = 24, "three score" = 60. */
export const GROUP_NOUNS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['score', 20],
]);

/**
 * Plural quantity words with no number before them: at least two of the unit,
 * so "dozens" → min 24, "hundreds" → min 200; approximate, no upper bound.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2_000],
  ['millions', 2_000_000], ['tens', 20],
]);

/**
 * Vague amounts with a floor an analyst would accept: "several" ≥ 3, "a few" ≥ 2,
 * "a handful" ≥ 2 (and usually at most 10, left open). Approximate, no max.
 */
export const VAGUE_AMOUNTS: ReadonlyMap<string, number> = new Map([
  ['several', 3], ['a few', 2], ['a handful of', 2], ['a handful', 2], ['a number of', 2],
  ['multiple', 2], ['numerous', 3], ['many', 2], ['a couple of', 2], ['a couple', 2],
]);

/**
 * How a bound word changes the number after it:
 * - `above`: strictly more ("more than 24" → min 25), exact otherwise
 * - `atLeast`: min n ("at least 600")
 * - `atMost`: max n ("up to 50", "as many as 50"), no min
 * - `below`: strictly fewer ("fewer than 10" → max 9)
 * - `about`: around n, approximate ("about", "some", "roughly", "nearly", "almost")
 * - `exactly`: n and no other ("killed only six people", "just two were hurt")
 */
export type BoundKind = 'above' | 'atLeast' | 'atMost' | 'below' | 'about' | 'nearly' | 'exactly';

/** Bound phrases, longest first so "more than" wins over "more". */
export const BOUNDS: ReadonlyArray<readonly [string, BoundKind]> = [
  ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['not less than', 'atLeast'],
  ['more than', 'above'], ['over', 'above'], ['upwards of', 'above'], ['in excess of', 'above'],
  ['greater than', 'above'], ['above', 'above'], ['at least', 'atLeast'], ['a minimum of', 'atLeast'],
  ['up to', 'atMost'], ['as many as', 'atMost'], ['at most', 'atMost'], ['no more than', 'atMost'],
  ['a maximum of', 'atMost'],
  ['fewer than', 'below'], ['less than', 'below'], ['under', 'below'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['an estimated', 'about'], ['some', 'about'], ['estimated', 'about'],
  // "but killed only six people": the figure stands as written
  ['only', 'exactly'], ['just', 'exactly'], ['exactly', 'exactly'], ['a total of', 'exactly'],
];

/** One-word approximators before a number or a span: "about 200", "nearly two hours" (BOUNDS' one-word 'about'/'nearly' words but the participle "estimated"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some']);
/** Currency signs before an amount: "$2 million", "€40". */
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** A year written in four digits, 1800 to 2099: "1998", "2024" (not a count like "3500" or "2150"). */
const YEAR = /^(?:1[89]|20)\d\d$/;
export const isYear = (w: string): boolean => YEAR.test(w);

/** Words that mean nobody: "no one was hurt", "none were injured". */
export const NONE_WORDS: ReadonlySet<string> = new Set(['no one', 'nobody', 'none', 'no']);

/** Value of one cardinal word or hyphenated compound: "forty-eight" → 48, "twelve" → 12. */
export function cardinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const direct = CARDINALS.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = w.slice(0, dash);
  const unit = CARDINALS.get(w.slice(dash + 1));
  if (!TENS.has(tens) || unit === undefined || unit < 1 || unit > 9) return undefined;
  return CARDINALS.get(tens)! + unit;
}

/** Value of one ordinal word or hyphenated compound: "twenty-first" → 21, "third" → 3. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const direct = ORDINALS.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = w.slice(0, dash);
  const unit = ORDINALS.get(w.slice(dash + 1));
  if (!TENS.has(tens) || unit === undefined || unit < 1 || unit > 9) return undefined;
  return CARDINALS.get(tens)! + unit;
}

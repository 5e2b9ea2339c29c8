// Every inflected form of a verb: the regular rules ("warned", "urges", "quipping"), the irregulars no rule
// produces ("said", "sought") and British doubled "-l" spellings ("signalled"). Used to build the cue index
// (reporting-verbs.ts).

/** Forms that no rule produces: "said", "told", "wrote/written". */
export const IRREGULAR_FORMS: Readonly<Record<string, { past: string; participle: string }>> = {
  say: { past: 'said', participle: 'said' },
  tell: { past: 'told', participle: 'told' },
  write: { past: 'wrote', participle: 'written' },
  speak: { past: 'spoke', participle: 'spoken' },
  swear: { past: 'swore', participle: 'sworn' },
  think: { past: 'thought', participle: 'thought' },
  know: { past: 'knew', participle: 'known' },
  find: { past: 'found', participle: 'found' },
  show: { past: 'showed', participle: 'shown' },
  hear: { past: 'heard', participle: 'heard' },
  feel: { past: 'felt', participle: 'felt' },
  read: { past: 'read', participle: 'read' },
  forecast: { past: 'forecast', participle: 'forecast' },
  foretell: { past: 'foretold', participle: 'foretold' },
  forewarn: { past: 'forewarned', participle: 'forewarned' },
  understand: { past: 'understood', participle: 'understood' },
  learn: { past: 'learned', participle: 'learned' },
  hold: { past: 'held', participle: 'held' },
  sing: { past: 'sang', participle: 'sung' },
  put: { past: 'put', participle: 'put' },
  make: { past: 'made', participle: 'made' },
  go: { past: 'went', participle: 'gone' },
  broadcast: { past: 'broadcast', participle: 'broadcast' },
  cable: { past: 'cabled', participle: 'cabled' },
  seek: { past: 'sought', participle: 'sought' },
  see: { past: 'saw', participle: 'seen' },
  cast: { past: 'cast', participle: 'cast' },
};

/** Verbs whose final consonant doubles: "admitted", "quipping", "rebutted". */
export const DOUBLING: ReadonlySet<string> = new Set([
  'admit', 'quip', 'rebut', 'blog', 'snap', 'commit', 'regret', 'refer', 'prefer', 'confer', 'concur',
  'abet', 'plan', 'stop', 'permit', 'submit', 'omit', 'aver', 'chat', 'jot', 'dab', 'brag', 'beg',
]);

export type VerbForm = 'base' | 's' | 'past' | 'ing' | 'participle';

const VOWEL = /[aeiou]/;

/** "-s" form: "says", "urges", "denies", "pushes". */
export function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Regular past: "warned", "urged", "denied", "admitted". */
export function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (DOUBLING.has(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/** "-ing" form: "saying", "urging", "admitting", "seeing". */
export function presentParticiple(base: string): string {
  if (/[^aeiou]e$/.test(base) || (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base) && VOWEL.test(base.slice(0, -1)))) {
    return `${base.slice(0, -1)}ing`;
  }
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (DOUBLING.has(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}

/** Every form of a base: base, -s, past, -ing, participle. */
export function formsOf(base: string): Record<VerbForm, string> {
  const irregular = IRREGULAR_FORMS[base];
  const past = irregular?.past ?? regularPast(base);
  return {
    base,
    s: thirdPerson(base),
    past,
    ing: presentParticiple(base),
    participle: irregular?.participle ?? past,
  };
}

/**
 * British spellings that double a final "l" after a single vowel: "signalled", "labelled",
 * "counselling" ("The governor signalled that…" found no cue). "revealed" has two vowels: none.
 */
export function britishForms(base: string): Partial<Record<VerbForm, string>> {
  if (!/[^aeiou][aeiou]l$/.test(base) || DOUBLING.has(base)) return {};
  return { past: `${base}led`, ing: `${base}ling` };
}

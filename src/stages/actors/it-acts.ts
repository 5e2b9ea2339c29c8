// "Entergy said it would restore power", "Ardel announced last week that it planned to close the
// plant": a name whose speech is reported with "it" as the doer of the next clause is an
// organisation's. A person's "it" is mostly a dummy ("Smith said it was hard", "it would take
// weeks", "it has been a long day"): only "it" that acts counts.

import { IRREGULAR_PAST } from '../../lexicon/time-tense.js';

// the verb of saying after the name, up to three words ("on Tuesday", "last week"), "that", then "it"
const SAID_IT = /^ (?:said|says|announced|announces|reported|reports|stated|added|confirmed|confirms)((?: [\p{L}\d]{1,20}){0,3}?)(?: that)? it ((?:[\p{L}'’]{1,20} ){1,3})/u;
// modals and the verbs of a plan: a verb after them that is no dummy's
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'may', 'could', 'can', "won't", 'won’t', "wouldn't", 'wouldn’t', 'might', 'should']);
const PLANS: ReadonlySet<string> = new Set([
  'plans', 'planned', 'expects', 'expected', 'intends', 'intended', 'agreed', 'hopes', 'hoped', 'declined', 'refused', 'aims', 'aimed',
]);
// what a dummy "it" does: "it would take weeks", "it had been", "it was going to", "it happened"
const DUMMY_VERBS: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'become', 'became', 'take', 'taken', 'took', 'seem', 'seemed', 'appear', 'appeared', 'happen', 'happened',
  'matter', 'mattered', 'make', 'made', 'cost', 'mean', 'meant', 'help', 'helped', 'hurt', 'work', 'worked', 'get', 'got', 'gotten',
  'go', 'gone', 'going', 'come', 'came', 'feel', 'felt', 'look', 'looked', 'sound', 'sounded', 'remain', 'remained', 'depend',
  'change', 'changed', 'start', 'started', 'end', 'ended', 'cause', 'caused', 'affect', 'affected', 'hit', 'struck', 'raised',
  'occurred', 'seen', 'left', 'given', 'have', 'had', 'reminded', 'surprised', 'shocked', 'bothered', 'worried', 'concerned',
  'turned', 'used', 'required', 'needed', 'involved', 'included', 'showed', 'stated', 'said', 'called', 'killed', 'destroyed',
]);
// "it is reviewing", "it was cooperating": what a body is doing (a person's "it is concerning", "it was raining" is a dummy's)
const BODY_DOINGS: ReadonlySet<string> = new Set([
  'reviewing', 'investigating', 'cooperating', 'working', 'sending', 'releasing', 'testing', 'calling', 'continuing', 'exploring',
  'lowering', 'raising', 'cutting', 'seeking', 'considering', 'planning', 'offering', 'monitoring', 'evaluating', 'assessing',
  'recalling', 'suspending', 'closing', 'preparing', 'providing', 'hiring', 'selling', 'buying', 'acquiring',
  'deploying', 'withdrawing', 'appealing', 'contesting', 'examining', 'studying', 'complying', 'pursuing', 'expanding', 'reducing',
]);
const ADVERB = /^(?:also|now|still|not|never|eventually|tentatively|promptly|immediately|already|soon|\p{Ll}+ly)$/u;

// "said in a brief statement that it had bought …": the statement's words between the verb and "that" (BLIND15 A9)
const IN_STATEMENT = /^( (?:said|says|announced|stated|added)) in an? (?:\p{Ll}{1,15} )?statement\b/u;

/** Does the text after a name (" said on Tuesday that it will cut …") report that "it", the name, acts? */
export function itActs(after: string): boolean {
  const s = IN_STATEMENT.exec(after);
  const m = SAID_IT.exec(s ? s[1]! + after.slice(s[0].length) : after);
  if (!m) return false;
  // ("said on Tuesday that it …": the words between are a time's; "said he hoped it …" has a subject of its own)
  if (/ (?:he|she|they|we|i|you|the|a|an|his|her|their|its|this|that)\b/i.test(m[1]!)) return false;
  const words = m[2]!.trimEnd().split(' ').map((w) => w.toLowerCase());
  let k = 0;
  if (ADVERB.test(words[k] ?? '')) k++;
  const verb = words[k] ?? '';
  const next = ADVERB.test(words[k + 1] ?? '') ? words[k + 2] ?? '' : words[k + 1] ?? '';
  if (MODALS.has(verb)) return next !== '' && !DUMMY_VERBS.has(next) && !ADVERB.test(next);
  if (PLANS.has(verb)) return true;
  if (verb === 'is' || verb === 'was') return BODY_DOINGS.has(next);
  // ("it had bought the syrup": an irregular past too)
  if (verb === 'has' || verb === 'had') return (next.endsWith('ed') || IRREGULAR_PAST.has(next)) && !DUMMY_VERBS.has(next);
  return verb.endsWith('ed') && verb.length > 4 && !DUMMY_VERBS.has(verb);
}

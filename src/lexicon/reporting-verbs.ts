// Reporting verbs as data: base forms with how their complement is built, and
// every inflected form generated from the base (verb-forms.ts: the rules and a table of irregulars).
// Sources: the verb classes of PARC 3.0 / PolNeAR guidelines and common
// newsroom usage ("said", "warned", "insisted", "hinted at", "accused X of").

import { britishForms, formsOf, type VerbForm } from './verb-forms.js';
import { IRREGULAR_PAST } from './time-tense.js';

export { britishForms, DOUBLING, formsOf, IRREGULAR_FORMS, presentParticiple, regularPast, thirdPerson, type VerbForm } from './verb-forms.js';

/**
 * How a cue's content is found after it.
 * - `speech`: a that-clause, a bare clause or a quote ("said Monday’s session ran…").
 * - `tell`: an addressee first, then the clause ("told Al Jazeera that…").
 * - `object`: the object phrase is the content ("accused Pakistan of…", "urged X to…", "denied the report").
 * - `belief`: with "that", a quote, a trailing position ("believes that…") or a bare clause with a
 *   finite verb ("fear the dam could break"); bare objects are not speech ("know the city").
 * - `intention`: a belief frame that also takes "to" ("wants to expand the program").
 */
export type CueFrame = 'speech' | 'tell' | 'object' | 'belief' | 'intention';

export interface ReportingVerb {
  base: string;
  frame: CueFrame;
  /** particles that make the cue ("hinted at", "called for"); with `particleOnly` the bare verb is no cue */
  particles?: readonly string[];
  particleOnly?: boolean;
  /** without its particle, still a cue when a quotation follows its object ("called the plan “reckless”") */
  bareWithQuote?: boolean;
  /** without a particle, a cue only when "as" and a predicate follow its object ("see the plan as a threat") */
  withAs?: boolean;
  /** a cue only beside a quotation or before "that" or a colon ("“…,” she posted", "posted on X that…"; "posted a loss" is none) */
  withQuote?: boolean;
  /** its base and "-s" forms are mostly nouns ("600 attacks", "raised questions"): they cue only after a pronoun or a name ("he claims") */
  nounLike?: boolean;
  /** only its "-s" form is mostly a noun ("no immediate plans"); the base after a plural is a verb ("Two unions plan to strike") */
  nounLikeS?: boolean;
  /** only its past forms cue: "the court ruled that…" (its other forms are nouns: "new rules", "Plan Rules Face Test") */
  pastOnly?: boolean;
}

const speech = (...bases: string[]): ReportingVerb[] => bases.map((base) => ({ base, frame: 'speech' as const }));
const tell = (...bases: string[]): ReportingVerb[] => bases.map((base) => ({ base, frame: 'tell' as const }));
const object = (...bases: string[]): ReportingVerb[] => bases.map((base) => ({ base, frame: 'object' as const }));
const belief = (...bases: string[]): ReportingVerb[] => bases.map((base) => ({ base, frame: 'belief' as const }));
const intention = (...bases: string[]): ReportingVerb[] => bases.map((base) => ({ base, frame: 'intention' as const }));

/**
 * Verbs that judge someone or something ("accused X of…", "blamed X for…", "praised X"): a view even when
 * only foreseen, so after a modal too ("critics would accuse him of…"; "It will publish its results" is an act).
 */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set([
  'accuse', 'liken', 'compare', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'praise', 'fault', 'slam', 'blast',
  'rebuke', 'chide', 'scold', 'castigate', 'lambaste', 'decry', 'deplore', 'applaud', 'hail', 'commend', 'laud',
]);

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  ...speech(
    'say', 'claim', 'argue', 'note', 'warn', 'caution', 'insist', 'allege', 'acknowledge',     'agree', 'report', 'announce', 'confirm', 'maintain', 'state', 'declare', 'explain', 'stress',
    'emphasize', 'emphasise', 'assert', 'contend', 'counter', 'reply', 'retort',     'admit', 'concede', 'reveal', 'disclose', 'predict', 'forecast', 'estimate', 'suggest', 'indicate',
    'observe', 'remark', 'comment', 'reiterate', 'repeat', 'recall', 'recount', 'write', 'tweet',
    'testify', 'swear', 'vow', 'pledge', 'promise', 'threaten', 'boast', 'brag', 'complain',
    'lament', 'concur', 'affirm', 'reaffirm', 'quip', 'joke', 'muse',
    'speculate', 'theorize', 'specify', 'clarify', 'signal', 'hint', 'imply', 'mention',     'acknowledge', 'surmise', 'underline', 'underscore', 'highlight', 'insinuate',     'admit', 'confide', 'whisper', 'shout', 'yell', 'scream', 'exclaim', 'plead', 'beg', 'urge', 'exhort',
    'demand', 'ask', 'wonder', 'announce', 'proclaim', 'pronounce', 'decree',         'predict', 'reckon', 'guess', 'opine', 'posit', 'propose',
    'advise', 'caution', 'alert', 'stipulate', 'attest', 'certify', 'verify', 'deny',
    'dispute', 'contest', 'refute', 'rebut', 'reject', 'dismiss', 'contradict', 'confess', 'hint',
    'intimate', 'acknowledge', 'echo', 'summarize', 'describe', 'characterize', 'portray',
    'tout', 'trumpet', 'blog', 'email',     'rage', 'fume', 'scoff', 'sneer', 'gush', 'rave', 'marvel', 'sigh', 'mutter', 'murmur',
    'stammer', 'note', 'interject', 'chime', 'elaborate', 'explain', 'outline',
    'narrate', 'recount', 'confirm', 'corroborate', 'acknowledge', 'venture', 'volunteer',
    'counsel', 'demur', 'caution', 'forewarn', 'foretell', 'prophesy', 'gripe', 'grumble', 'moan',
    'wail', 'bellow', 'hiss', 'growl', 'preach', 'lecture',
    // a crowd's words: "protesters chanted “What curfew?”"
    'chant',
  ),
  ...tell('tell', 'inform', 'assure', 'remind', 'notify', 'reassure', 'convince', 'persuade', 'brief', 'advise', 'caution'),
  ...object(...JUDGEMENT_VERBS, 'encourage', 'implore', 'instruct', 'cite', 'quote', 'justify', 'vow'),
  ...belief(
    'believe', 'think', 'feel', 'fear', 'doubt', 'suspect', 'know', 'worry',
    'assume', 'presume', 'suppose', 'anticipate', 'understand', 'conclude', 'realize', 'realise',
    'recognize', 'recognise', 'acknowledge', 'consider', 'judge', 'imagine', 'trust', 'hold', 'insist',
    // a speech act that is also music: "“Promise mama…,” Blige sings" (only with a quote)
    'sing',
    // these also have everyday senses ("added 5,000 jobs", "found the body"): only with that, a colon or a quote
    'add', 'show', 'find', 'learn', 'hear', 'read', 'determine', 'establish', 'discover', 'calculate',
    'conclude', 'continue', 'charge', 'respond', 'recommend',
  ),
  // what someone wants or plans is attributed to them as what they say is ("Rivera wants to widen the road")
  ...intention('want', 'plan', 'intend', 'hope', 'expect', 'seek', 'aim', 'wish'),
  // "they made plans to build bunkers", "no immediate plans to release": "plans" is mostly a noun
  { base: 'plan', frame: 'intention', nounLikeS: true },
  // a stance on speaking or acting: "declined to comment", "refuses to release his returns", "decided to run"
  ...intention('decline', 'refuse', 'decide'),
  // "called the plan “reckless”" names a view; "a group called “Safe Streets”" does not (no object before the quote)
  { base: 'call', frame: 'object', particles: ['for', 'on', 'upon'], particleOnly: true, bareWithQuote: true },
  // "Japan branded North Korea an “outlaw nation”": a view, when a quotation follows the object
  { base: 'brand', frame: 'object', particleOnly: true, bareWithQuote: true },
  // stances taken in words: "questioned whether the plan would work", "mocked the complaint"
  { base: 'question', frame: 'speech', nounLike: true },
  { base: 'attack', frame: 'object', nounLike: true },
  // mostly nouns in news: "coal states", "member states", "the claims that…", "derogatory comments"
  { base: 'state', frame: 'speech', nounLike: true },
  { base: 'claim', frame: 'speech', nounLike: true },
  { base: 'comment', frame: 'speech', nounLike: true, particles: ['on'] },
  { base: 'remark', frame: 'speech', nounLike: true },
  { base: 'tweet', frame: 'speech', nounLike: true },
  // "mass protests in Charlotte broke out", "newspapers, websites and broadcasts that…"
  { base: 'protest', frame: 'speech', nounLike: true },
  { base: 'broadcast', frame: 'speech', nounLike: true },
  { base: 'report', frame: 'speech', nounLike: true },
  { base: 'email', frame: 'speech', nounLike: true },
  { base: 'charge', frame: 'belief', nounLike: true },
  ...object('mock', 'ridicule', 'endorse'),
  // stances PolNeAR marks as attributed: "Trump supported the invasion", "Others opposed the resolution"
  { base: 'support', frame: 'object', nounLike: true },
  ...object('oppose'),
  { base: 'point', frame: 'speech', particles: ['out', 'to'], particleOnly: true },
  { base: 'hint', frame: 'object', particles: ['at'] },
  { base: 'speak', frame: 'object', particles: ['of', 'about'], particleOnly: true },
  { base: 'go', frame: 'speech', particles: ['on'], particleOnly: true },
  // "“Nevadans remember,” she posted.", "posted on X that…": beside a quotation only ("posted a loss", "posted bail")
  { base: 'post', frame: 'speech', withQuote: true },
  // "made it clear that…", "has made clear it would not…": a statement; "make" alone is no cue
  { base: 'make', frame: 'speech', particles: ['clear'], particleOnly: true },
  // "As Ms. Reyes put it, “…”": only with a quote (belief frame), "put it on hold" is no speech
  { base: 'put', frame: 'belief', particles: ['it'], particleOnly: true },
  { base: 'insist', frame: 'object', particles: ['on'] },
  { base: 'warn', frame: 'object', particles: ['of', 'against'] },
  { base: 'complain', frame: 'object', particles: ['about', 'of'] },
  { base: 'argue', frame: 'object', particles: ['for', 'against'] },
  // positions made public as acts, which PolNeAR marks as attributed to their actor: "expressed deep
  // concern about the policy", "unveiled a proposal for…", "discussed the test"
  // ("defend" and "ignore" stay out: "defended the police", "ignored the offer" are acts more often than stances voiced)
  ...object('express', 'unveil', 'discuss', 'promote', 'publish', 'champion', 'reaffirm'),
  { base: 'advocate', frame: 'object', nounLike: true },
  { base: 'brag', frame: 'object', particles: ['about', 'of'] },
  { base: 'boast', frame: 'object', particles: ['about', 'of'] },
  { base: 'talk', frame: 'object', particles: ['about', 'of'], particleOnly: true },
  // attitudes voiced about someone or something: "openly admires Putin", "bemoaning the system",
  // "grilled the CEO", "invoked the story of…", "railing against carried interest", "weighed in on the video"
  ...object('admire', 'bemoan', 'grill', 'chastise', 'assail', 'invoke'),
  { base: 'rail', frame: 'object', particles: ['against', 'at'], particleOnly: true },
  { base: 'weigh', frame: 'object', particles: ['in'], particleOnly: true },
  { base: 'lash', frame: 'object', particles: ['out'], particleOnly: true },
  // "labeled the plan “a giveaway”": a view, when a quotation follows the object (as "branded")
  { base: 'label', frame: 'object', particleOnly: true, bareWithQuote: true },
  // ("vote" is no cue: "voted against the plan", "voted to postpone the elections" are acts, and the
  // fixtures' gold marks none; PolNeAR dev matched 2 of its 4 vote claims)
  // mostly nouns in news ("new rules", "tax rates", "the details", "an offer"): verbs after a pronoun or a name
  // "Sanders offered some pointed advice", "it issued a policy paper", "The ad then references FBI criticism"
  // ("rule", "rate" and "detail" stay out: "new rules", "more detailed records" outnumber the verbs)
  { base: 'offer', frame: 'object', nounLike: true },
  // "The appeals court ruled that…", "ruled against Ohio's procedure"; "referred to the plan as…"
  { base: 'rule', frame: 'speech', particles: ['out'], pastOnly: true },
  { base: 'refer', frame: 'object', particles: ['to'], particleOnly: true },
  { base: 'issue', frame: 'object', nounLike: true },
  // "who coordinates volunteers for the Red Crescent": mostly a noun; "she volunteered that…" stays a cue
  { base: 'volunteer', frame: 'speech', nounLike: true },
  { base: 'reference', frame: 'object', nounLike: true },
  // "derided the deal as toothless", "derides the plan": a view voiced, as "mocked"
  ...object('deride'),
];

export interface CueWord {
  base: string;
  form: VerbForm;
  frame: CueFrame;
  particles: readonly string[];
  /** the bare verb is no cue without one of its particles ("called" alone) */
  particleOnly: boolean;
  /** ... unless a quotation follows its object ("called the plan “reckless”") */
  bareWithQuote: boolean;
  /** ... or "as" and a predicate follow its object ("see the plan as a threat") */
  withAs: boolean;
  /** a cue only beside a quotation, or before "that" or a colon ("“…,” she posted") */
  withQuote: boolean;
  /** a base or "-s" form that is mostly a noun ("600 attacks", "member states"): a verb only after a pronoun or a name */
  nounLike: boolean;
}

/** Lower-cased form -> cue entry, built once from the data above. */
export function buildCueIndex(verbs: readonly ReportingVerb[] = REPORTING_VERBS): ReadonlyMap<string, CueWord> {
  const merged = new Map<string, { frame: CueFrame | null; particles: Set<string>; particleOnly: boolean; bareWithQuote: boolean; withAs: boolean; withQuote: boolean; nounLike: boolean; nounLikeS: boolean; pastOnly: boolean }>();
  for (const v of verbs) {
    const m = merged.get(v.base) ?? { frame: null, particles: new Set<string>(), particleOnly: true, bareWithQuote: false, withAs: false, withQuote: false, nounLike: false, nounLikeS: false, pastOnly: false };
    for (const p of v.particles ?? []) m.particles.add(p);
    if (v.bareWithQuote) m.bareWithQuote = true;
    if (v.withAs) m.withAs = true;
    if (v.withQuote) m.withQuote = true;
    if (v.nounLike) m.nounLike = true;
    if (v.nounLikeS) m.nounLikeS = true;
    if (v.pastOnly) m.pastOnly = true;
    if (!v.particleOnly) {
      m.particleOnly = false;
      m.frame ??= v.frame;
    } else if (m.frame === null && m.particleOnly) {
      m.frame = v.frame;
    }
    merged.set(v.base, m);
  }
  const index = new Map<string, CueWord>();
  for (const [base, m] of merged) {
    const forms = formsOf(base);
    const british = britishForms(base);
    for (const form of ['base', 's', 'past', 'ing', 'participle', 'britishPast', 'britishIng'] as const) {
      const word = form === 'britishPast' ? british.past : form === 'britishIng' ? british.ing : forms[form];
      if (word === undefined) continue;
      // "ruled that…", "…, ruling that the board had withheld…"; "rule" and "rules" are nouns
      if (index.has(word) || (m.pastOnly && (form === 'base' || form === 's'))) continue;
      // "the article read", "as she put it": a base form that is also the past is read as the past
      const as = form === 'britishPast' ? 'past' : form === 'britishIng' ? 'ing' : form === 'base' && word === forms.past ? 'past' : form;
      index.set(word, { base, form: as, frame: m.frame ?? 'speech', particles: [...m.particles], particleOnly: m.particleOnly, bareWithQuote: m.bareWithQuote, withAs: m.withAs, withQuote: m.withQuote,
        nounLike: (m.nounLike && (as === 'base' || as === 's')) || (m.nounLikeS && as === 's') });
    }
  }
  return index;
}

export const CUE_WORDS: ReadonlyMap<string, CueWord> = buildCueIndex();

/**
 * A view of something, a cue only with "as" after its object: "critics see the levy as a tax on work", "painted his
 * rival as a tool of the banks", "rated the claim as false" ("saw the bridge", "painted the fence", "cast a vote" are
 * acts). Kept out of CUE_WORDS: these words are nouns as often ("cast members", "tax rates", "in this regard", "views").
 */
export const VIEW_AS_WORDS: ReadonlyMap<string, CueWord> = buildCueIndex(
  ['see', 'view', 'regard', 'paint', 'cast', 'rate', 'depict'].map((base) => ({ base, frame: 'object' as const, particleOnly: true, withAs: true })),
);

/**
 * Irregular pasts that are as often nouns, adjectives or time words ("the left", "a shot", "budget cut", "two days
 * ago"): no past verb to `pastVerbForm`.
 */
export const NOUN_PASTS: ReadonlySet<string> = new Set(['set', 'cut', 'hit', 'put', 'shot', 'lost', 'left', 'fell', 'rose', 'bore', 'ago',
  'yesterday', 'last', 'earlier', 'previously', 'led', 'sat', 'spent', 'paid', 'built', 'sold', 'held', 'kept']);

/**
 * A lower-case word that reads as a past verb or participle: "-ed" ("closed", "imposed"), a cue's past ("said",
 * "told") or an irregular past ("sent", "fled"), not one that is as often a noun ("the left", "a shot").
 */
export function pastVerbForm(w: string): boolean {
  return (w.length > 4 && w.endsWith('ed')) || CUE_WORDS.get(w)?.form === 'past' || (IRREGULAR_PAST.has(w) && !NOUN_PASTS.has(w));
}

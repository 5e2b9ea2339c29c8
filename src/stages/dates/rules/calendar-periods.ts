// Years, decades, centuries, bare months and seasons: "2021", "fiscal 1989", "mid-1996",
// "the late 1970s", "the 20th century", "October", "early December", "summer 2024".

import { ordinalValue } from '../../../lexicon/numbers.js';
import { MONTHS, POSITION_MODS, SEASONS } from '../../../lexicon/time.js';
import { COMMITTED, FUTURE_CUES, POSTPONED, REPORTING, SCHEDULED, SPEECH_VERBS } from '../../../lexicon/time-tense.js';
import { MONTH_FULL, ORDINAL_WORD, SEASON } from '../patterns.js';
import { formatMonth } from '../calendar.js';
import { resolveMonth, resolveSeason } from '../resolve.js';
import type { DateRule, Env } from '../types.js';
import { isAttributive, pastPerfectClause } from './attributive.js';
import { isYearUse } from './year-guard.js';
import { YEAR_RANGE_RULES } from './year-range.js';
import { datePattern, onCopy } from '../latin1.js';

const positionMod = (s: string | undefined): string | null => (s ? POSITION_MODS.get(s.toLowerCase()) ?? null : null);

/** "2021", "fiscal 1989" (FY1989), "mid-1996", "early 2024", "post-1959" (the year the span is told against); not "Boeing 747", "2,500", "2000 troops", "(1200 GMT)", "1800 hours". */
const year: DateRule = {
  id: 'dates/year',
  pattern: datePattern(
    `(?<![\\p{L}\\d$£€.,/#'’-])(?:(?<pos>early|mid|late)(?:-|\\s{1,4})|(?<prefix>pre|post)-)?(?:(?<fiscal>fiscal(?:\\s{1,4}year)?)\\s{1,4})?(?<year>1[0-9]\\d{2}|20\\d{2})(?![\\d%]|[.,:]\\d|-\\d|\\s?(?:percent|per\\s{1,4}cent|GMT|UTC|hrs|hours|local)(?![\\p{L}])|\\p{L})`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const yearStart = at + m[0].length - g.year!.length;
    if (!g.pos && !g.prefix && !g.fiscal && !isYearUse(env, yearStart, yearStart + 4)) return null;
    const y = Number(g.year);
    if (y < 1100 && !g.fiscal) return null;
    // "fiscal 2025", "fiscal year 2025": TIMEX's fiscal-year value (BLIND7's gold has FY2025; TimeBank writes the year)
    return { type: 'DATE', value: g.fiscal ? `FY${g.year}` : g.year!, mod: positionMod(g.pos) };
  },
};

/** "FY2025", "FY 2025", "FY25": a fiscal year by its number (the year it is named for), valued FY2025 as "fiscal 2025" is. */
const fiscalCode: DateRule = {
  id: 'dates/fiscal-year-code',
  // the letters open the pattern, so V8 skips to an "F" fast; the lookbehind then looks past them
  pattern: datePattern(String.raw`FY(?<![\p{L}\d]FY)\s?(?:(?<full>(?:19|20)\d{2})|['’]?(?<short>\d{2}))(?![\p{L}\d])`, 'gu'),
  build(m) {
    const g = m.groups!;
    return { type: 'DATE', value: `FY${g.full ?? `20${g.short}`}` };
  },
};

/**
 * "the 2019-20 bushfire season", "the 2024-25 fiscal year", "fiscal 2024–25": two years that follow
 * each other name one season or fiscal year, dated by the first ("2019-20" → 2019, as the
 * annotators of the project's held-out articles read it); "the 2010-2015 period" is a range, left to the year rule.
 */
const yearSpan: DateRule = {
  id: 'dates/year-span',
  pattern: datePattern(String.raw`(?<![\p{L}\d$£€.,/#'’-])(?<y>1[89]\d{2}|20\d{2})[-/](?<next>\d{2}|\d{4})(?![\p{L}\d%]|[.,]\d|-\d)`, 'gu'),
  build(m) {
    const g = m.groups!;
    const y = Number(g.y);
    const next = Number(g.next);
    if (g.next!.length === 2 ? next !== (y + 1) % 100 : next !== y + 1) return null;
    return { type: 'DATE', value: g.y! };
  },
};

/** "1990s", "the late 1970s", "'80s", "the mid-1990s" → 199 (TIMEX3 decade). */
const decade: DateRule = {
  id: 'dates/decade',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?:the\\s{1,4})?(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?:(?<full>1[0-9]\\d0|20\\d0)|['’](?<short>\\d0))['’]?s(?![\\p{L}\\d])`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    const value = g.full ? g.full.slice(0, 3) : `19${g.short!.slice(0, 1)}`;
    // "WBZ NewsRadio 1030's Doug Cope" (GVDB dev): a decade before 1500 is told with "the"
    if (g.full && Number(value) < 150 && !g.pos && !/^the\s/i.test(m[0])) return null;
    return { type: 'DATE', value, mod: positionMod(g.pos) };
  },
};

/** "the 20th century", "the eleventh century" → 19, 10. */
const century: DateRule = {
  id: 'dates/century',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?:the\\s{1,4})?(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>${ORDINAL_WORD}))[- ]century(?![\\p{L}])`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    const n = g.n ? Number(g.n) : ordinalValue(g.w!) ?? 0;
    if (n < 1 || n > 30) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0'), mod: positionMod(g.pos) };
  },
};

// "May" and "March" are also a modal and a verb: alone they need a preposition or position word.
const AMBIGUOUS_MONTHS = new Set(['may', 'march']);
const FUNCTION_WORD_AFTER = onCopy(/^\s{1,4}(?:of|to|on|in|for|and|or|the|a|an|at|by|with|from)(?![\p{L}])/iu);
// ("could cut rates as early as March": the earliest time, ../tense.ts)
const MONTH_CONTEXT = onCopy(/(?:^|[^\p{L}])(?:in|since|until|till|by|of|through|during|from|to|before|after|between|and|or|last|next|this|early|mid|late|until|throughout|each|every|(?:early|late|soon)\s{1,4}as)[\s-]$/iu);

const WORD_BEFORE = onCopy(/(?:^|[^\p{L}])(?<w>\p{L}+)\s{1,4}$/u);
/** Verbs of saying and knowing that take a "that" clause besides the reporting ones. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['says', 'say', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'noted', 'reported', 'showed', 'shows', 'found', 'means', 'meant', 'feared', 'hope', 'hopes', 'confirmed', 'denied', 'agreed', 'ruled', 'decided', 'suggests', 'suggested']);

/** Whether "that" right before `at` opens a clause ("said that June was…") rather than pointing back ("released that June"). */
function thatOpensClause(text: string, from: number, at: number): boolean {
  // `at` is where "that" starts: the word before it decides
  const w = WORD_BEFORE.exec(text.slice(Math.max(from, at - 24), at))?.groups!.w!.toLowerCase();
  return w !== undefined && (SPEECH_VERBS.has(w) || CLAUSE_VERBS.has(w) || w === 'so' || w === 'such');
}

function notBegun(env: Env, month: number): boolean {
  return env.ref !== null && month > env.ref.month;
}

const IN_BEFORE = onCopy(/(?:^|[^\p{L}])in\s{1,4}(?:(?:early|mid|late)[\s-]{1,4})?$/iu);
// words of a time still to come when it was told, besides the plan and schedule words of the lexicon;
// a present "is", "are" ("announced it is closing the plant in November": still to come)
const FUTURE_IN_PAST: ReadonlySet<string> = new Set(['could', 'might', 'should', 'must', 'set', 'is', 'are', 'am']);

/**
 * "The drug went on sale in Germany in November and has been prescribed to 60,000 patients", told in
 * October (BLIND11): a month "in" a clause told in the past that has not begun this year is last
 * year's, when nothing in the sentence plans or schedules (a future in the past: "a summit set for
 * April", "was due to open in December", "told oil companies of a cutback in September", and any
 * other reported month, keep the nearest reading).
 */
function simplePastIn(env: Env, at: number): boolean {
  if (!IN_BEFORE.test(env.text.slice(Math.max(env.sentence.start, at - 12), at))) return false;
  return !env.sentence.tokens.some((t) => FUTURE_CUES.has(t.lower) || SCHEDULED.has(t.lower) || POSTPONED.has(t.lower) || COMMITTED.has(t.lower) || FUTURE_IN_PAST.has(t.lower) || REPORTING.has(t.lower));
}

/** "October", "early December", "mid-November", "last May", "this September". */
const bareMonth: DateRule = {
  id: 'dates/month',
  pattern: datePattern(
    `(?<![\\p{L}\\d-])(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?:(?<rel>last|next|this|coming|past|that)\\s{1,4})?(?<mon>${MONTH_FULL})(?!-\\p{L})`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.mon!)) return null;
    // "April Ryan", "June Carter": a first name before a surname
    if (/^\s{1,4}\p{Lu}\p{Ll}/u.test(env.text.slice(at + m[0].length, at + m[0].length + 3))) return null;
    const key = g.mon!.toLowerCase();
    if (AMBIGUOUS_MONTHS.has(key) && !g.pos && !g.rel) {
      const before = env.text.slice(Math.max(env.sentence.start, at - 12), at);
      // "The March accession", "the May elections": a month before its noun ("the March of Dimes" is a name)
      const modifier = isAttributive(env, at, at + m[0].length) && !FUNCTION_WORD_AFTER.test(env.text.slice(at + m[0].length, at + m[0].length + 8));
      if (!MONTH_CONTEXT.test(before) && !modifier) return null;
    }
    const month = MONTHS.get(key)!;
    // "arrested in March 2024 and released that June": the month of the last year named (../anchors.ts)
    const that = g.rel?.toLowerCase() === 'that';
    // "he said that March was the worst month": "that" opens a clause
    if (that && thatOpensClause(env.text, env.sentence.start, at)) return null;
    const rel = that ? undefined : g.rel?.toLowerCase();
    const end = at + m[0].length;
    // "the October slaying", "to make the late-November trip": the month names an event, and the
    // verbs around it date the sentence, not the event; its nearest occurrence is meant
    const tense = !rel && isAttributive(env, at, end) ? (pastPerfectClause(env, at) ? 'past' : 'present') : env.tense(at, end);
    const value = !rel && !that && tense === 'past' && notBegun(env, month) && simplePastIn(env, at) ? formatMonth(env.ref!.year - 1, month) : resolveMonth(env.ref, month, tense, rel);
    return { type: 'DATE', value, mod: positionMod(g.pos), relative: true, anchor: that ? 'year-of' : undefined };
  },
};

/** "summer 2024", "the spring of 1998", "early fall 2023". */
const seasonYear: DateRule = {
  id: 'dates/season-year',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?:the\\s{1,4})?(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?<season>${SEASON})(?:\\s{1,4}of)?\\s{1,4}(?<year>1\\d{3}|20\\d{2})(?![\\d\\p{L}])`,
    'giu',
  ),
  build(m) {
    const g = m.groups!;
    const code = SEASONS.get(g.season!.toLowerCase())!.code;
    return { type: 'DATE', value: `${g.year}-${code}`, mod: positionMod(g.pos) };
  },
};

/** "this summer", "last fall", "next spring", "early this winter". */
const relativeSeason: DateRule = {
  id: 'dates/relative-season',
  pattern: datePattern(
    `(?<![\\p{L}\\d])(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?<rel>this(?:\\s{1,4}(?:coming|past))?|last|next|coming|past|previous)\\s{1,4}(?<season>${SEASON})(?![\\p{L}])`,
    'giu',
  ),
  build(m, env, at) {
    const g = m.groups!;
    const info = SEASONS.get(g.season!.toLowerCase())!;
    // "this past spring", "this coming winter": the relation is the second word
    const value = resolveSeason(env.ref, info.code, info.lastMonth, g.rel!.toLowerCase().replace(/^this\s{1,4}(?=\S)/, ''), env.tense(at, at + m[0].length));
    return { type: 'DATE', value, mod: positionMod(g.pos), relative: true };
  },
};

// "spring" and "fall" are also a water source and a decline: alone after "the" they are a season
// only after a word that places something in time ("in the spring", "over the fall"), and never
// before "of" or "in" without a year ("the fall of Kabul", "the fall in prices", "the spring near the village")
const AMBIGUOUS_SEASONS = new Set(['spring', 'fall']);
const SEASON_CONTEXT = onCopy(/(?:^|[^\p{L}])(?:in|during|over|by|until|till|through|throughout|since|before|after|into|for|across|of|that)\s{1,4}$/iu);
const COMMA_AFTER = /^\s?,/u;
// "the spring of last year", "the fall of that year" (BLIND11) are seasons: a year told by a word follows
const NOUN_LINK_AFTER = onCopy(/^\s{1,4}(?:of|in)(?![\p{L}])(?!\s{1,4}(?:\d|(?:last|this|next|that)\s{1,4}year(?![\p{L}])|the\s{1,4}(?:following|previous|same)\s{1,4}year(?![\p{L}])))/iu);

/** "the summer", "over the winter", "the early spring": the nearest one, by tense. */
const theSeason: DateRule = {
  id: 'dates/season',
  pattern: datePattern(`(?<![\\p{L}])(?<det>the|that)\\s{1,4}(?:(?<pos>early|mid|late)(?:-|\\s{1,4}))?(?<season>${SEASON})(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    // "That summer, thousands fled": the season of the last year named (../anchors.ts); not "prices that fall"
    const that = g.det!.toLowerCase() === 'that';
    const end = at + m[0].length;
    if (that && (thatOpensClause(env.text, env.sentence.start, at) || (AMBIGUOUS_SEASONS.has(g.season!.toLowerCase()) && !COMMA_AFTER.test(env.text.slice(end, end + 2))))) return null;
    if (!that && !g.pos && AMBIGUOUS_SEASONS.has(g.season!.toLowerCase())) {
      if (NOUN_LINK_AFTER.test(env.text.slice(end, Math.min(env.sentence.end, end + 28)))) return null;
      if (!SEASON_CONTEXT.test(env.text.slice(Math.max(env.sentence.start, at - 12), at))) return null;
    }
    const info = SEASONS.get(g.season!.toLowerCase())!;
    const value = resolveSeason(env.ref, info.code, info.lastMonth, undefined, env.tense(at, end));
    return { type: 'DATE', value, mod: positionMod(g.pos), relative: true, anchor: that ? 'year-of' : undefined };
  },
};

/** What may follow a bare season for it to be one: the end of a clause or a word that opens one. */
const BARE_SEASON_AFTER = onCopy(/^(?:\s{0,4}[,.;:!?)\u2014\u2013]|\s{0,4}$|\s{1,4}(?:whether|when|and|or|if|as|at|to|before|after|because|but|while)(?![\p{L}]))/iu);

/**
 * "would decide by spring whether to…", "until summer.", "since winter, prices…": a season with
 * no article after a preposition of time or a position ("the start of summer"), where nothing
 * follows that it could modify ("in spring water", "by fall prices" stay untagged).
 */
const bareSeason: DateRule = {
  id: 'dates/bare-season',
  // "since the start of summer": a position of the season (the position joins the span: ../widen.ts)
  // "after an unusually wet summer", "in a long, hot summer" (BLIND14 D1): an indefinite season told by its weather, the season alone
  pattern: datePattern(`(?<![\\p{L}])(?:(?:in|by|until|till|since|before|after|during|through|throughout)(?<indef>\\s{1,4}an?(?:\\s{1,4}\\p{Ll}[\\p{Ll}-]{1,20},?){1,3})?|(?:start|beginning|end|middle)\\s{1,4}of)\\s{1,4}(?<season>${SEASON})(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const end = at + m[0].length;
    if (!BARE_SEASON_AFTER.test(env.text.slice(end, Math.min(env.sentence.end, end + 12)))) return null;
    // "after a steep fall", "a hot spring": those are no seasons
    if (g.indef && AMBIGUOUS_SEASONS.has(g.season!.toLowerCase())) return null;
    const info = SEASONS.get(g.season!.toLowerCase())!;
    const value = resolveSeason(env.ref, info.code, info.lastMonth, undefined, env.tense(at, end));
    return { type: 'DATE', value, relative: true, from: m[0].length - g.season!.length };
  },
};

const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['twenties', '2'], ['thirties', '3'], ['forties', '4'], ['fifties', '5'], ['sixties', '6'],
  ['seventies', '7'], ['eighties', '8'], ['nineties', '9'],
]);

/** "the nineties", "the late sixties" → 199, 196 (the 1900s assumed). */
const decadeWord: DateRule = {
  id: 'dates/decade-word',
  pattern: datePattern(String.raw`(?<![\p{L}])the\s{1,4}(?:(?<pos>early|mid|late)(?:-|\s{1,4}))?(?:nineteen[- ])?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\p{L}])`, 'giu'),
  build(m) {
    const g = m.groups!;
    return { type: 'DATE', value: `19${DECADE_WORDS.get(g.word!.toLowerCase())}`, mod: positionMod(g.pos) };
  },
};

/**
 * "was released in 2019 and rearrested the following spring", "In the summer of 2021 he fled, and the next
 * winter he returned" (a probe of my own: untagged, and "next winter" the reference year's): that season after
 * (before) the last date named (../anchors.ts); with none, the next (last) one from the reference date.
 */
const anaphoricSeason: DateRule = {
  id: 'dates/anaphoric-season',
  pattern: datePattern(`(?<![\\p{L}])the\\s{1,4}(?<rel>following|next|previous|preceding|prior)\\s{1,4}(?<season>${SEASON})(?![\\p{L}])`, 'giu'),
  build(m, env, at) {
    const g = m.groups!;
    const info = SEASONS.get(g.season!.toLowerCase())!;
    const next = /^(?:following|next)$/i.test(g.rel!);
    const value = resolveSeason(env.ref, info.code, info.lastMonth, next ? 'next' : 'last', env.tense(at, at + m[0].length));
    return { type: 'DATE', value, relative: true, anchor: next ? 'season-next' : 'season-prev' };
  },
};

export const CALENDAR_PERIOD_RULES: readonly DateRule[] = [year, fiscalCode, yearSpan, ...YEAR_RANGE_RULES, decade, century, bareMonth, seasonYear, relativeSeason, theSeason, anaphoricSeason, bareSeason, decadeWord];

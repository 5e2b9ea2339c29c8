// Abbreviations that decide whether a full stop ends a sentence.

/** Titles and particles that are always followed by a name or number: "Dr. Ali", "No. 3". */
export const NEVER_FINAL: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'est', 'fig',
  // plurals and AP's other title abbreviations: "Sens. Jeff Merkley (D-Ore.), Sherrod Brown…", "Atty. Gen."
  'sens', 'reps', 'govs', 'gens', 'drs', 'messrs', 'mmes', 'atty', 'msgr',
]);

/** Abbreviations of a reference that a number follows: "see p. 4", "Art. 5 of the treaty", "Vol. 2", "ext. 31". */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'p', 'pp', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'vol', 'vols', 'ch', 'chap', 'ext', 'tel', 'pt', 'pts',
]);

/**
 * Abbreviations that can end a sentence ("…in the U.S. The talks…") but usually
 * do not ("U.S. officials", "Jan. 27", "8 a.m. Tuesday"): split only before a
 * common sentence opener.
 */
export const SOMETIMES_FINAL: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al', 'ave', 'blvd', 'rd',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a',
]);

const STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'but', 'and', 'or', 'so',
  'yet', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'although', 'though', 'however', 'meanwhile', 'still', 'then',
  'some', 'many', 'most', 'no', 'one', 'two', 'both', 'all', 'police', 'officials',
  'what', 'who', 'why', 'how', 'where', 'according',
]);

export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

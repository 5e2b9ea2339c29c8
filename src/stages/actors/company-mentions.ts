// "The operator, Norvia Concessões, rejected the claim … the company said", "Meridian Tankers said … Ghana's
// Environmental Protection Agency put the figure higher … the company said": "the company" or "the firm" that acts
// or speaks is the one company the text has named before it. The quotes stage took the organisation named last
// (an agency, an association: BLIND13 A2); a text that names two companies before it is left to the quotes stage.

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { BUSINESS_NOUNS, COMPANY_WORDS, LEGAL_FORMS } from '../../lexicon/organizations.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';
import { ACTS_AFTER } from './ministries.js';

// "the company said", "the firm has", "according to the company": the noun and the word after it
const THE_COMPANY = /\b([Tt]he) (company|firm)\b(?!['’-])(?: (\p{Ll}+))?/gu;
// "The operator, ", "Its operator, ": a business noun set off before a name
const SET_OFF_BEFORE = /(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir) (\p{Ll}+), $/u;
// a bounded number of descriptions per text
const MOST = 100;
// how far back the organisations are weighed: a few paragraphs
const REACH = 1500;
// the last words of a body that is no company: "Environmental Protection Agency", "Fishermen's Association"
const NOT_COMPANY_ENDS: ReadonlySet<string> = new Set([
  'ministry', 'police', 'court', 'parliament', 'government', 'council', 'department', 'agency', 'commission', 'authority',
  'office', 'service', 'army', 'union', 'association', 'federation', 'league', 'society', 'institute', 'university', 'college',
  'school', 'hospital', 'party', 'movement', 'committee', 'assembly', 'senate', 'congress', 'bureau', 'administration',
  'foundation', 'organization', 'organisation', 'forces', 'force', 'guard', 'navy', 'coalition', 'alliance', 'nations',
  'church', 'embassy', 'tribunal', 'directorate', 'secretariat', 'inspectorate', 'regulator', 'prosecutors', 'cabinet',
]);

/** Is the organisation `c` a company: its name ends on a company's word or a legal form, or a business noun is set off before it? */
function isCompany(text: string, c: Candidate): boolean {
  if (c.type !== 'organization' || c.tokens.length === 0) return false;
  const last = c.tokens[c.tokens.length - 1]!.toLowerCase().replace(/\.$/, '');
  if (c.tokens.length > 1 && (COMPANY_WORDS.has(last) || LEGAL_FORMS.has(last))) return true;
  const m = SET_OFF_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
  return m !== null && BUSINESS_NOUNS.has(m[1]!);
}

/** Is the organisation `c` no company: a public body, an association, a body named in lower case? */
function notCompany(c: Candidate): boolean {
  if (c.rule.startsWith('actors/lowercase') || c.rule.endsWith('-named-before')) return true;
  const last = c.tokens[c.tokens.length - 1]?.toLowerCase() ?? '';
  return NOT_COMPANY_ENDS.has(last.replace(/['’]s$/, ''));
}

/**
 * The key of the one company among the organisations named in the REACH before `at`, when every other one there
 * is known to be no company; else null ("Kirschner Medical fell … The company said": an unknown name may be it).
 */
function oneCompany(cands: readonly Candidate[], company: readonly boolean[], at: number): string | null {
  let key: string | null = null;
  // the companies' first words: "Coast" after "Coast Savings Financial Inc." is its short name, no other body
  let firsts: Set<string> | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.start > at || at - c.end > REACH || c.type !== 'organization' || !c.primary || !company[i]) continue;
    if (key !== null && key !== c.key) return null;
    key = c.key;
    (firsts ??= new Set()).add(c.tokens[0]!);
  }
  if (key === null) return null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.start > at || at - c.end > REACH) continue;
    // ("Kirschner Medical fell 4 to 15": a name only a guess made a person's may be the company)
    if (c.type === 'person' && c.strength === 0 && c.tokens.length > 1) return null;
    // (a description or a short form names again an organisation named in full: "The operator, X,")
    if (c.type !== 'organization' || !c.primary || c.key === key) continue;
    if (c.tokens.length === 1 && firsts!.has(c.tokens[0]!)) continue;
    if (!company[i] && !notCompany(c)) return null;
  }
  return key;
}

/** Each "the company" that acts or speaks, as a mention of the one company named before it. */
export function companyMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  if (!text.includes('he company') && !text.includes('he firm')) return;
  const found: Candidate[] = [];
  // (whether each organisation is a company, asked once per candidate: the candidates do not change here)
  let company: boolean[] | null = null;
  let n = 0;
  for (const m of text.matchAll(THE_COMPANY)) {
    if (++n > MOST) break;
    const next = m[3] ?? '';
    if (!REPORTING_CUES.has(next) && !ACTS_AFTER.has(next) && !text.slice(Math.max(0, m.index - 13), m.index).endsWith('according to ')) continue;
    company ??= cands.map((c) => isCompany(text, c));
    const key = oneCompany(cands, company, m.index);
    const start = m.index + m[1]!.length + 1;
    if (key === null || cands.some((c) => c.start === start)) continue;
    const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
    if (sentence >= doc.sentences.length) continue;
    const noun = m[2]!;
    found.push({
      start, end: start + noun.length, text: noun, sentence, key, type: 'organization', strength: 2, rule: 'actors/company-named-before',
      roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens: [noun], lowerFirst: noun, lookup: noun,
    });
  }
  for (const c of found) cands.push(c);
}

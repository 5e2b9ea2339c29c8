// "At least 23 people were killed, the provincial governor said. … Governor Mariela Sosa told a news
// conference …": a title in lower case that speaks names the one person of the text who carries that
// title, named before or after it (BLIND11 A17). Two people with the title, or none: no mention.

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { REPORTING_CUES } from '../../lexicon/unnamed-sources.js';
import type { Candidate } from './candidates.js';

// the offices one person holds in a story's place: "the governor", "the provincial governor", "the mayor"
const ONE_HOLDER: ReadonlySet<string> = new Set(['governor', 'mayor', 'sheriff', 'coroner', 'premier', 'chancellor', 'archbishop', 'bishop', 'warden', 'superintendent', 'commissioner']);
// "the provincial governor said", "according to the county sheriff": up to two lower-case words before the title
const TITLED = /\b([Tt]he) (?:[a-z-]{1,24} ){0,2}?(governor|mayor|sheriff|coroner|premier|chancellor|archbishop|bishop|warden|superintendent|commissioner)\b(?!['’-])(?: ([a-z]+))?/g;
const REACH = 3000;
const MOST = 200;

/** Each speaking "the … governor" as a mention of the one person the text names with that title. */
export function titleMentions(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  let holders: Map<string, Candidate | null> | null = null;
  const found: Candidate[] = [];
  let n = 0;
  for (const m of text.matchAll(TITLED)) {
    if (++n > MOST) break;
    const next = m[3] ?? '';
    if (!REPORTING_CUES.has(next) && !text.slice(Math.max(0, m.index - 13), m.index).endsWith('according to ')) continue;
    holders ??= titleHolders(cands);
    const title = m[2]!;
    const holder = holders.get(title);
    if (!holder || Math.abs(holder.start - m.index) > REACH) continue;
    const start = m.index + m[0].indexOf(title, m[1]!.length);
    const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
    if (sentence >= doc.sentences.length) continue;
    found.push({
      start, end: start + title.length, text: title, sentence, key: holder.key, type: 'person', strength: 2, rule: 'actors/title-named',
      roles: [], affiliation: null, capitalOf: null, political: false, primary: false, tokens: [title], lowerFirst: title, lookup: title,
    });
  }
  for (const c of found) cands.push(c);
}

/** For each title of ONE_HOLDER, the one person whose role ends on it (null: two people carry it). */
function titleHolders(cands: readonly Candidate[]): Map<string, Candidate | null> {
  const out = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'person') continue;
    for (const role of c.roles) {
      const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
      if (!ONE_HOLDER.has(last)) continue;
      const seen = out.get(last);
      if (seen === undefined) out.set(last, c);
      else if (seen !== null && seen.key !== c.key) out.set(last, null);
    }
  }
  return out;
}

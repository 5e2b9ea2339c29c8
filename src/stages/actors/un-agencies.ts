// "The U.N. children's agency said" … "UNICEF said": a UN agency named by its work is the agency its
// short form names, one actor (before, the description was a mention of the United Nations and UNICEF
// an actor apart). The descriptions are a lexicon (organizations.ts UN_AGENCY_DESCRIPTIONS).

import type { Doc } from '../../document.js';
import { firstIndex } from '../../document.js';
import { nameKey, organizationKey } from '../../lexicon/gazetteer.js';
import { UN_AGENCY_DESCRIPTIONS } from '../../lexicon/organization-names.js';
import type { Candidate } from './candidates.js';

// "U.N. children's agency", "UN's nuclear watchdog", "United Nations refugee agency": up to three words before the head
const DESCRIBED = /\b(?:U\.N\.|UN|United Nations)(?:['’]s)? ((?:[\p{L}'’-]+ ){0,3})(agency|fund|watchdog|body|office|programme|program)\b/gu;
const HEADS = [' agency', ' fund', ' watchdog', ' body', ' office', ' program'];
// a bounded number per text
const MOST = 200;

/** Each UN agency named by its work, as a candidate keyed as its short form (no name of its own: "UNICEF" names it). */
export function unAgencyCandidates(doc: Doc, cands: Candidate[]): void {
  const text = doc.text;
  if (!text.includes('U') || !HEADS.some((h) => text.includes(h))) return;
  let n = 0;
  for (const m of text.matchAll(DESCRIBED)) {
    if (++n > MOST) break;
    const described = (m[1]! + m[2]!).toLowerCase().replace(/’/g, "'");
    const short = UN_AGENCY_DESCRIPTIONS.get(described) ?? UN_AGENCY_DESCRIPTIONS.get(described.slice(described.indexOf(' ') + 1));
    if (!short) continue;
    const key = organizationKey(short, short.toLowerCase());
    if (!key) continue;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = firstIndex(doc.sentences.length, (k) => doc.sentences[k]!.end > start);
    if (sentence >= doc.sentences.length) continue;
    const name = m[0];
    const tokens = name.split(' ');
    cands.push({
      start, end, text: name, sentence, key, type: 'organization', strength: 4, rule: 'actors/un-agency', roles: [], affiliation: null,
      capitalOf: null, political: false, primary: false, tokens, lowerFirst: tokens[0]!.toLowerCase(), lookup: nameKey(name),
    });
  }
}

// Words of a sentence as the actor rules see them: initialisms joined ("U.S."), possessives
// split off ("Pakistan’s" → "Pakistan" + possessive), and date spans marked.

import type { Doc, Sentence } from '../../document.js';
import type { Span } from '../../types.js';

export interface Word extends Span {
  /** text without a possessive ending: "Pakistan" for "Pakistan’s" */
  text: string;
  lower: string;
  kind: 'word' | 'number' | 'punct';
  possessive: boolean;
  /** inside a date the dates stage found ("October 19"): never part of a name */
  inDate: boolean;
  /** index of the sentence's first word that is not an opening quote or bracket */
  first: boolean;
}

const POSSESSIVE = /[’']s?$/u;
const CAP = /^\p{Lu}/u;
// "al-Qaeda", "el-Sisi": a lowercase Arabic article before a capitalised name
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash|ul)-\p{Lu}/u;

export function isCapitalised(w: Word): boolean {
  return w.kind === 'word' && !w.inDate && (CAP.test(w.text) || ARTICLE_NAME.test(w.text));
}

export function isAllCaps(text: string): boolean {
  return /^\p{Lu}[\p{Lu}.&\d-]*$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** Words of one sentence; date tokens are marked so no name can include "October". */
export function sentenceWords(doc: Doc, sentence: Sentence, dateSpans: readonly Span[]): Word[] {
  const out: Word[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let end = t.end;
    let text = t.text;
    // "U.S.", "U.N.": single letters each followed by a full stop, with no spaces
    if (t.kind === 'word' && text.length === 1 && toks[i + 1]?.text === '.' && toks[i + 1]!.start === t.end) {
      let j = i;
      while (
        toks[j]?.kind === 'word' && toks[j]!.text.length === 1 && toks[j + 1]?.text === '.' &&
        toks[j + 1]!.start === toks[j]!.end && (j === i || toks[j]!.start === toks[j - 1]!.end)
      ) j += 2;
      if (j - i >= 4) {
        end = toks[j - 1]!.end;
        text = doc.text.slice(t.start, end);
        i = j - 1;
      }
    }
    let possessive = false;
    if (t.kind === 'word' && text.length > 2 && POSSESSIVE.test(text) && /[’']s$|s[’']$/u.test(text)) {
      possessive = true;
      text = text.endsWith('s') && /[’']s$/u.test(text) ? text.slice(0, -2) : text.slice(0, -1);
      end = t.start + text.length;
    }
    const inDate = dateSpans.some((d) => d.start < end && t.start < d.end);
    out.push({ start: t.start, end, text, lower: text.toLowerCase().replace(/’/g, "'"), kind: t.kind, possessive, inDate, first: false });
  }
  // the sentence's first word, and a word after an opening quote or a colon ("WALLACE: Let me…")
  let opening = true;
  for (const w of out) {
    if (w.kind === 'punct') {
      if (/^[“‘"'«:—(]$/u.test(w.text)) opening = true;
      continue;
    }
    w.first = opening;
    opening = false;
  }
  return out;
}

// The content of a cue verb's frame once its subject is known: what follows the cue ("said that…"), an
// interrupted quotation around it, the quote just before the sentence, an "as" clause, a parenthetical cue
// ("The bridge, he said, will open…") or the clause before the subject ("The talks failed, officials said").

import { CUE_WORDS, type CueWord } from '../../lexicon/reporting-verbs.js';
import { DETERMINERS, FINITE_VERBS, PREPOSITIONS } from '../../lexicon/attribution-words.js';
import { OPEN_QUESTION_WORDS } from '../../lexicon/cue-phrases.js';
import type { Span, TextSpan } from '../../types.js';
import type { QuotedSpan } from './marks.js';
import type { TokenRange } from './phrases.js';
import { contentStart } from './content.js';
import { clauseBeforeComma, resumeAfterCue } from './parenthetical.js';
import { asClauseContent } from './as-clause.js';
import { cueEndsClause, evidenceShown } from './verb-checks.js';
import { statesNothing } from './silent-acts.js';
import { isCapitalized, pastVerbAt, quoteAt, type View } from './tokens.js';
import type { Draft } from './frames.js';
import { appositionHead, commaAfter, contentBefore, descriptionStart, finiteAfter, lastNonSpace, opensClause, titleBefore, wordBetween } from './frame-subjects.js';

/** What verbFrame found before the content: the cue, its subject and the source (a relative's antecedent apart). */
export interface SubjectFound {
  sentence: number;
  cue: TextSpan;
  subject: TokenRange;
  source: Span;
  antecedent: Span | undefined;
  /** the relative pronoun's token ("who said"), or -1 */
  relative: number;
  /** an estimate's object is the content ("put the number of injured at…") */
  estimate: boolean;
}

/** The frame of the cue at token `i` (ending at `cueEnd`) with the subject found, or null when it states nothing. */
export function frameContent(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, cueEnd: number, found: SubjectFound): Draft | null {
  const { sentence, cue, subject, source, antecedent, relative, estimate } = found;
  // a particle's complement is an object whatever the bare verb takes ("voted against the bill", "voted to adjourn")
  let start = contentStart(v, spans, cueEnd, cueEnd > i && entry.frame !== 'speech' ? 'object' : entry.frame);
  if (start === null && (estimate || evidenceShown(v, subject, entry, cueEnd))) start = v.toks[cueEnd + 1]!.start;
  // "declined to comment", "pleaded not guilty" (but "A new study shows how firms shelter profits": what evidence
  // shows is no open question left unanswered)
  if (start !== null && statesNothing(v, entry, cueEnd) && !(OPEN_QUESTION_WORDS.has(v.low[cueEnd + 1]!) && evidenceShown(v, subject, entry, cueEnd))) return null;
  // "“We are relieved,” Ackroyd’s daughter, Susan Whitley, said": the name speaks, the description before it
  // is no content (what comes before it is)
  const from = descriptionStart(v, subject.from);
  const quoteFirst = from > 0 && (v.mark[from - 1] === 'close' || (v.toks[from - 1]!.text === ',' && v.mark[from - 2] === 'close'));
  if (quoteFirst) {
    // "“…,” Mr. Obama said, “and to say…”": one quotation around its attribution
    let reopen = -1;
    for (let k = cueEnd + 1; k < v.toks.length && k - cueEnd < 40; k++) {
      if (v.mark[k] === 'open') {
        reopen = k;
        break;
      }
    }
    const close = v.mark[from - 1] === 'close' ? from - 1 : from - 2;
    const first = v.quoteOf[close]!;
    const opensSentence = opensClause(v.text, v.sentence.start, first);
    if (opensSentence && reopen > 0 && !wordBetween(v, cueEnd + 1, reopen, 'that')) {
      return { sentence, cue, cueToken: i, cueEnd, source, content: { start: first.start, end: v.sentence.end }, placement: 'before',
        leftEdge: first.open, rule: 'claims/interrupted-quote', forward: true };
    }
    // "“…,” Mr. Clarke told some of the miners.": what follows the cue is setting, not content
    if (opensSentence && start !== null && v.low[cueEnd + 1] !== 'that') start = null;
  }
  // "The curfew would stay in force until further notice, she said, “to protect citizens.”": the clause before the
  // attribution is reported, the quotation after it quoted (claims makes a claim of each; BLIND14 C3)
  if (start !== null && relative < 0 && clauseThenQuote(v, spans, from, cueEnd)) {
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start: v.toks[0]!.start, end: v.sentence.end }, placement: 'after',
      leftEdge: v.toks[from - 1]!.start, rule: 'claims/clause-before-quote', forward: false };
  }
  if (start === null && from === 0) {
    // "“Why…?” Vitter demanded." split after "?”": the quote closing just before the sentence
    const q = quoteAt(spans, v.sentence.start - 1) ?? quoteAt(spans, lastNonSpace(v.text, v.sentence.start));
    if (q && /^\s*$/.test(v.text.slice(q.closeEnd, v.sentence.start)) && !/\n/.test(v.text.slice(q.closeEnd, v.sentence.start))) {
      return { sentence, cue, cueToken: i, cueEnd, source, content: { start: q.start, end: q.end }, placement: 'after', leftEdge: source.start,
        rule: 'claims/content-source-cue', forward: false };
    }
  }
  if (start !== null) {
    // "The ministry, which denied any wrongdoing, closed the case": the clause between the commas
    // ("six people who had refused to leave were later rescued": an infinitive ends at the main clause's verb)
    // ("Linda Carvalho, a retired teacher who said she had lost $80,000, called it…": the relative clause closes the
    // apposition to a name at its comma, BLIND10 Q1)
    const appositive = relative > 0 && subject.from > 1 && v.toks[subject.from - 1]!.text === ',' && !v.quoted[subject.from - 1] && isCapitalized(v.toks[subject.from - 2]!.text);
    const comma = relative > 0 && (v.toks[relative - 1]!.text === ',' || appositive) ? commaAfter(v, cueEnd) : -1;
    // ("…a group calling itself the CNR, which said it had dissolved the government, closed the borders and imposed a
    // curfew.": a relative clause after the main verb runs on over a list of verb phrases; BLIND14 C1)
    const aside = comma > 0 && !(subject.from > 1 && verbListAt(v, comma)) ? comma : comma > 0 ? -1
      : relative > 0 && v.low[cueEnd + 1] === 'to' ? finiteAfter(v, cueEnd + 2) : -1;
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start, end: aside > 0 ? v.toks[aside - 1]!.end : v.sentence.end }, placement: 'before',
      leftEdge: appositionHead(v, subject) ?? source.start, rule: 'claims/source-cue-content', forward: aside < 0, antecedent };
  }
  // "As Ms. Lee put it, the plan…", "…, as police have said.": the writer's clause around the "as" clause
  const as = asClauseContent(v, subject.from, cueEnd);
  if (as) {
    return { sentence, cue, cueToken: i, cueEnd, source, content: as.content, placement: 'after', leftEdge: as.leftEdge, rule: 'claims/as-clause',
      forward: as.resume >= 0 || as.content.end === v.sentence.end, resume: as.resume >= 0 ? as.resume : undefined };
  }
  // nothing after the cue: the content is the clause or quote before the subject
  // ("More recently, prosecutors charged two developers…": an opening adverbial is no content)
  const afterQuote = from > 1 && (v.mark[from - 1] === 'close' || v.mark[from - 2] === 'close');
  // ("Marisol Chen, a retired teacher who has volunteered at the branch for 12 years, told…": before a relative
  // "who" stands its antecedent, no content)
  // ("…, the district police chief, Superintendent Bikram Thapa, said": the title before the name is no content)
  const titled = afterQuote ? -1 : titleBefore(v, from - 1);
  const content = relative < 0 && (afterQuote || cueEndsClause(v, cueEnd, entry.frame === 'tell')) ? contentBefore(v, spans, titled > 0 ? titled : from - 1) : null;
  const resume = content && clauseBeforeComma(v, from) ? resumeAfterCue(v, cueEnd) : -1;
  if (content && resume >= 0) {
    // "The new bridge, the engineer said, will open next spring": the clause around the attribution
    return { sentence, cue, cueToken: i, cueEnd, source, content: { start: content.start, end: v.sentence.end }, placement: 'after',
      leftEdge: v.toks[from - 1]!.start, rule: 'claims/parenthetical-cue', forward: true, resume: v.toks[resume]!.start };
  }
  return { sentence, cue, cueToken: i, cueEnd, source, content, placement: 'after', leftEdge: from > 0 ? v.toks[from - 1]!.start : source.start,
    rule: 'claims/content-source-cue', forward: false };
}

const LIST_REACH = 20;

/**
 * Does a list of verb phrases go on at the comma at token k: a past verb after it, and "and"/"or" before another
 * past verb later, with no other comma-less clause between ("…, closed the borders and imposed a curfew")?
 */
function verbListAt(v: View, k: number): boolean {
  if (!pastVerbAt(v, k + 1)) return false;
  for (let j = k + 2; j < v.toks.length && j - k <= LIST_REACH; j++) {
    if (v.quoted[j] || v.mark[j] || FINITE_VERBS.has(v.low[j]!)) return false;
    if ((v.low[j] === 'and' || v.low[j] === 'or') && pastVerbAt(v, j + 1)) return true;
  }
  return false;
}

const CLAUSE_REACH = 40;
// what opens a clause that is no statement of its own: "As a phone rang, …", "So when Patriot signaled…, …"
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'when', 'if', 'while', 'after', 'before', 'because', 'although', 'though', 'since',
  'so', 'once', 'until', 'unless', 'whether', 'and', 'but']);

/**
 * A clause of the writer's from the sentence's start to the comma before the subject at token `from` (a verb in it, no
 * cue, no quotation, not ending on a verb or a function word) and ", “" right after the cue opening a quotation that
 * ends in the sentence: "The curfew would stay in force, she said, “to protect citizens.”" (not a fronted phrase "On
 * Monday, she said, “…”", a subordinate clause "As a phone rang, …", nor a clause the quotation completes: "It was,
 * the president said, “…”", "speeches that read, one colleague recalled, “…”").
 */
function clauseThenQuote(v: View, spans: readonly QuotedSpan[], from: number, cueEnd: number): boolean {
  if (from < 4 || from > CLAUSE_REACH || v.toks[from - 1]!.text !== ',' || v.quoted[from - 1] || v.low[cueEnd + 1] !== ',' || v.mark[cueEnd + 2] !== 'open') return false;
  const q = quoteAt(spans, v.toks[cueEnd + 2]!.start);
  if (!q || q.closeEnd > v.sentence.end + 1) return false;
  const first = v.low[0]!;
  if (CLAUSE_SUBORDINATORS.has(first) || first.endsWith('ed') || first.endsWith('ing')) return false;
  const last = from - 2;
  const end = v.low[last]!;
  if (v.toks[last]!.kind !== 'word' || FINITE_VERBS.has(end) || CUE_WORDS.has(end) || pastVerbAt(v, last) || PREPOSITIONS.has(end) || DETERMINERS.has(end) || end === 'that') return false;
  let verb = false;
  for (let k = 0; k < from - 1; k++) {
    // (a cue's word after a determiner is a noun: "The talks would resume next week, he said, “…”")
    if (v.quoted[k] || v.mark[k] || (k > 0 && CUE_WORDS.has(v.low[k]!) && !isCapitalized(v.toks[k]!.text) && !DETERMINERS.has(v.low[k - 1]!))) return false;
    if (FINITE_VERBS.has(v.low[k]!) || (k > 0 && pastVerbAt(v, k))) verb = true;
  }
  return verb;
}

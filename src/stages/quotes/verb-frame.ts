// The frame of one cue verb: its source before the cue ("officials said"), after it ("said Mr. Smith"),
// a participle's ("…, saying that"), a coordinated verb's ("… and said"), a passive's agent ("reported by").

import { AUXILIARIES, BE_FORMS, BELIEF_STATES, COORDINATORS, PERSON_STATES, DETERMINERS, EVIDENCE_VERBS, FINITE_VERBS, LINKING_VERBS, MODALS, NEGATED_BE_FORMS, NEGATIONS, NEGATIVE_SUBJECTS, PREPOSITIONS, RAISED_INFINITIVES, SETTING_STARTS, SPEAKER_PRONOUNS, SUBORDINATE_OPENERS } from '../../lexicon/attribution-words.js';
import { CUE_WORDS, pastVerbForm, type CueWord } from '../../lexicon/reporting-verbs.js';
import { IRREGULAR_PAST } from '../../lexicon/time-tense.js';
import { RULING_NOUNS, STATEMENT_NOUNS } from '../../lexicon/cue-phrases.js';
import type { QuotedSpan } from './marks.js';
import { skipPreVerb, subjectEndingAt } from './phrases.js';
import { looksLikeInvertedSubject, phraseAfter } from './phrase-after.js';
import { subjectBefore } from './subject-before.js';
import { contentStart } from './content.js';
import { meansAt } from './content-after-cue.js';
import { addedTo, quoteBeside } from './object-checks.js';
import { appositiveName, INVERTED_ENDS, nameEndsSentence, relativeObjectQuoted } from './frame-checks.js';
import { contractedSubject } from './contracted.js';
import { documentBefore, evidenceHeadBefore, objectRelativeBefore, particleAfterAdverbs, pluralRelative, quantifiedRelative, raisingVerbBefore, timePhraseBefore } from './cue-context.js';
import { participleModifier } from './participle-modifiers.js';
import { passiveFrame } from './passive.js';
import { estimateAt } from './estimate.js';
import { asAfterObject, cueEndsClause, endsInApostropheS, intentionModifier, objectGap, predicateAfterObject, quoteAfterObject, passiveModifier, sourceFormula } from './verb-checks.js';
import { anonymityAsked } from './silent-acts.js';
import { presentTenseVerb } from './present-tense.js';
import { participleFrame } from './participle-frame.js';
import { coordinatedFrame } from './coordinated-frame.js';
import { cueSpan, isAdverbLy, isCapitalized, span, type View } from './tokens.js';
import type { Draft } from './frames.js';
import { antecedentEnd, contentBefore, coordinatedStart, joinedAfterComma, notName, relativeAntecedent } from './frame-subjects.js';
import { frameContent } from './verb-content.js';

/** Is an auxiliary among tokens [from, to] ("has written", "had not spoken", "’s been shown")? */
function auxiliaryWithin(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (AUXILIARIES.has(v.low[k]!) || BE_FORMS.has(v.low[k]!) || v.low[k] === 'have') return true;
  return false;
}

/** Was a negation skipped between the subject and the cue ("has not disclosed")? */
function negated(v: View, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (NEGATIONS.has(v.low[k]!)) return true;
  return false;
}

/** A state or a past participle after a belief verb ("believed trapped", "feared dead"), not a cue ("thought said")? */
function stateAfter(w: string): boolean {
  return BELIEF_STATES.has(w) || (w.length > 4 && w.endsWith('ed') && !CUE_WORDS.has(w));
}

/**
 * Does a person's state end its phrase before token k ("confirmed dead rose to 31", "pronounced dead at the scene",
 * "reported missing, police said"), rather than qualify the noun at k ("said dead fish had washed up", "said missing
 * children would be traced")?
 */
function stateEndsPhrase(v: View, k: number): boolean {
  const t = v.toks[k];
  if (!t || t.kind !== 'word' || v.quoted[k] || isCapitalized(t.text)) return true;
  const w = v.low[k]!;
  return SETTING_STARTS.has(w) || PREPOSITIONS.has(w) || SUBORDINATE_OPENERS.has(w) || COORDINATORS.has(w) || FINITE_VERBS.has(w) || MODALS.has(w)
    || IRREGULAR_PAST.has(w) || pastVerbForm(w) || isAdverbLy(w) || w.endsWith('ing');
}

const JOINED_SUBJECT = 4;
// what stands for the object of a cue before its subject ("everything he says is…", "nothing she said was…")
const GAP_HEADS = new Set(['everything', 'anything', 'nothing', 'something']);

/** The frame of the cue verb at token `i` (`entry` its lexicon entry), or null when the verb reports nothing here. */
export function verbFrame(v: View, spans: readonly QuotedSpan[], i: number, entry: CueWord, drafts: Draft[]): Draft | null {
  const tok = v.toks[i]!;
  if (i > 0 && isCapitalized(tok.text)) return null; // "the Post", "Charge d'affaires"
  let cueEnd = i;
  if (i + 1 < v.toks.length && entry.particles.includes(v.low[i + 1]!) && !v.quoted[i + 1]) cueEnd = i + 1;
  else if (entry.particles.length > 0) cueEnd = particleAfterAdverbs(v, i, entry) ?? i;
  if (entry.base === 'add' && addedTo(v, cueEnd)) return null; // "…, adding them to a list that bars them…"
  // ("Officials earlier put the number of injured at “several hundred”": an estimate; its object is the content)
  const estimate = entry.particleOnly && cueEnd === i && estimateAt(v, i);
  if (entry.particleOnly && cueEnd === i && !estimate && !(entry.bareWithQuote && (quoteAfterObject(v, i) || predicateAfterObject(v, i) || relativeObjectQuoted(v, i)))
    && !(entry.withAs && asAfterObject(v, i))) return null;
  if (entry.withQuote && !quoteBeside(v, i, cueEnd)) return null;
  let p = skipPreVerb(v, i - 1);
  // "Stumpf appeared to blame low-level workers for…", "continues to insist": the raising verb's subject speaks
  // ("protesters continued to call for…": a verb of aspect, when the cue has its particle)
  const raised = entry.form === 'base' && p > 0 ? raisingVerbBefore(v, p, cueEnd > i) : -1;
  if (raised > 0) p = skipPreVerb(v, raised - 1);
  // "who in 2010 said", "Trump on Monday said": a time phrase between the subject and the cue
  const time = timePhraseBefore(v, p);
  if (time > 0) p = skipPreVerb(v, time - 1);
  const head = time > 0 ? time : raised > 0 ? raised : i;
  const prev = p >= 0 ? v.low[p]! : undefined;
  // "two officials briefed on the plan said": the anonymous source's formula reports nothing
  // "people accused of rape": a passive modifier
  if (sourceFormula(v, i, entry) || passiveModifier(v, i, entry) || participleModifier(v, i, entry) || intentionModifier(v, i, entry) || objectGap(v, entry, cueEnd)) return null;
  // "nine miners believed trapped underground", "two people thought dead": a belief's participle before a state is passive
  // ("The number of people confirmed dead rose to 31", "reported missing": any cue's participle before a person's state; BLIND15 C1)
  // (not one that qualifies a noun after it: "Officials said dead fish had washed up")
  if ((entry.form === 'past' || entry.form === 'participle') && !v.quoted[i + 1]
    && (entry.frame === 'belief' ? stateAfter(v.low[i + 1] ?? '') : PERSON_STATES.has(v.low[i + 1] ?? '') && stateEndsPhrase(v, i + 2))) return null;
  // "dozens of towns that support the new limits": a relative "that" after a plural noun, no determiner
  const pluralThat = prev === 'that' && (entry.form === 'base' || entry.form === 'past') && pluralRelative(v, p, cueEnd);
  // "the report", "to say"; "Having said that, …" opens a sentence and reports nothing
  if (prev !== undefined && !pluralThat && (DETERMINERS.has(prev) || prev === 'to' || prev === 'having')) return null;
  // "One venture investor said": a base form after "one" has no subject in it (a verb would take "-s")
  if (entry.form === 'base' && prev === 'one') return null;
  // "cut its full-year profit forecast for the second time": a past form that is also the base, after a
  // determiner and its noun's modifiers and before a preposition, is the noun ("The bank forecast growth" is no noun)
  if (entry.form === 'past' && v.low[i] === entry.base && determinedNoun(v, p, cueEnd)) return null;
  // "to obtain written assurances": a participle with no auxiliary before it is an adjective or a passive clause
  if (entry.form === 'participle' && !auxiliaryWithin(v, p + 1, i - 1)) return null;
  // "three people still believed to be trapped", "two men thought to have fled": a belief's past before "to be/have" is a
  // passive participle (BLIND16 C4)
  if (entry.frame === 'belief' && entry.form === 'past' && v.low[i + 1] === 'to' && RAISED_INFINITIVES.has(v.low[i + 2] ?? '')) return null;
  if (negated(v, p + 1, i - 1)) return null; // "has not disclosed": nothing was said
  // "became known for speeches that…", "got reported": a participle after a linking verb is passive
  // ("The bugs aren't expected to hurt Intel": a participle after a negated "be" is passive too)
  if ((entry.form === 'past' || entry.form === 'participle') && (LINKING_VERBS.has(prev ?? '') || NEGATED_BE_FORMS.has(prev ?? ''))) return null;
  // "about 1,000 confirmed deaths", "12 reported cases": a participle between a number and its noun is an adjective
  if (entry.form === 'past' && time < 0 && i > 0 && v.toks[i - 1]!.kind === 'number' && v.toks[cueEnd + 1]?.kind === 'word' && !v.quoted[cueEnd + 1]) return null;
  // "who asked not to be named": the formula of an anonymous source reports nothing
  // ("who asked to be identified only by her first name", "who asked that his name be withheld": the same formula)
  if ((v.low[cueEnd + 1] === 'not' && v.low[cueEnd + 2] === 'to' && v.low[cueEnd + 3] === 'be') || anonymityAsked(v, entry, cueEnd)) return null;
  // ("he said by telephone": a means of saying, no agent)
  if (entry.form === 'past' && v.low[cueEnd + 1] === 'by' && !meansAt(v, cueEnd + 1)) {
    // "The issue was first reported by The Washington Post"; not "the monitor maintained by the embassy"
    const passive = passiveFrame(v, i, cueEnd, p, entry);
    if (!passive) return null;
    return { sentence: v.sentence.index, cue: cueSpan(v, i, cueEnd + 1), cueToken: i, cueEnd: passive.agentEnd, source: passive.source, content: passive.content,
      placement: 'after', leftEdge: passive.content.start, rule: 'claims/passive-agent', forward: false };
  }
  // "He’s claiming that…": the pronoun in a fused token is the subject
  const contracted = prev !== undefined && (entry.form === 'ing' || entry.form === 'past') ? contractedSubject(v, p, entry, cueEnd) : 0;
  if (prev !== undefined && !contracted && endsInApostropheS(prev)) return null; // "Islamabad’s key demand"
  // "He proposes doing away with the mandate and plans to reduce…": a mostly-noun form coordinated with a frame
  const coordinatedNoun = entry.nounLike && entry.form === 's' && COORDINATORS.has(prev ?? '') && drafts.length > 0;
  // "Analysts estimate that growth will slow, and warn that a second contraction…": a present cue in the anchor's form
  const coordinatedPresent = COORDINATORS.has(prev ?? '') && drafts.length > 0 && CUE_WORDS.get(v.low[drafts[drafts.length - 1]!.cueToken]!)?.form === entry.form
    && (v.low[cueEnd + 1] === 'that' || v.mark[cueEnd + 1] === 'open');
  // "leaked documents from his 1995 tax return show he took…": evidence heads a longer subject
  const evidence = EVIDENCE_VERBS.has(entry.base) ? evidenceHeadBefore(v, p + 1, entry.form === 'past' || entry.form === 'participle') : -1;
  const pluralEvidence = evidence >= 0 && entry.form === 'base' && (v.low[evidence]!.endsWith('s') || v.low[evidence] === 'data');
  if ((entry.form === 'base' || entry.form === 's') && raised < 0 && !coordinatedNoun && !coordinatedPresent && !pluralEvidence && !presentTenseVerb(v, i, p, entry)) return null;
  const progressive = contracted ? entry.form === 'ing' : prev !== undefined && BE_FORMS.has(prev);
  if (progressive && entry.form !== 'ing') return null; // passive: "was reported"
  const cue = cueSpan(v, i, cueEnd);
  const sentence = v.sentence.index;

  // ", saying that…", ", citing officials": a participle's source is the earlier frame's or the sentence's
  if (entry.form === 'ing' && !progressive) return participleFrame(v, spans, i, entry, drafts, p, cueEnd);

  const before = i - 1;
  const closeBefore = before >= 0 && (v.mark[before] === 'close' || (v.toks[before]!.text === ',' && !v.quoted[before]));
  // "critics would call them…": the subject stands before the modal
  // ("Theresa May said": a capitalized "May" is a name)
  const verbStart = progressive || (prev !== undefined && MODALS.has(prev) && !isCapitalized(v.toks[p]!.text)) ? p : head;
  const fusedWho = contracted > 0 && v.low[p]!.startsWith('who');
  let subject = v.mark[before] === 'close' || fusedWho || pluralThat ? null : contracted ? { from: p, to: p } : subjectBefore(v, verbStart);
  // "an architect who said he was stiffed": the relative pronoun's antecedent speaks
  // "a letter from his doctor that says he is fit": a relative "that" after a document noun
  const relativeThat = prev === 'that' && !progressive && ((entry.frame === 'speech' && documentBefore(v, p - 1) >= 0) || pluralThat);
  // ("the WHO warned": the acronym is a name)
  const who = fusedWho || (!subject && ((prev === 'who' && v.toks[p]!.text !== 'WHO') || prev === 'which' || relativeThat) && !progressive) ? p : -1;
  if (who > 0) subject = subjectEndingAt(v, antecedentEnd(v, who), true);
  // "family members of the victims, many of whom say…": the quantified relative speaks for its antecedent
  const quantified = !subject && who < 0 && !progressive ? quantifiedRelative(v, p) : -1;
  if (quantified > 0) subject = subjectEndingAt(v, antecedentEnd(v, quantified), true);
  const relative = who > 0 ? who : quantified;
  // "research conducted by the Center for Media and Public Affairs found…": from the evidence noun's phrase to the cue
  // ("A poll published on Monday found…": no subject ends at the cue, the evidence noun's phrase is one, without the
  // participle of its time; BLIND13 C4)
  if (evidence >= 0 && (!subject || subject.from > evidence) && who < 0 && quantified < 0) subject = { from: subjectEndingAt(v, evidence)?.from ?? evidence, to: subject?.to ?? (time > 0 && v.low[p]!.endsWith('ed') && p > evidence ? p - 1 : p) };
  // "Farmers who lost their crops said": the phrase before the relative clause speaks
  if (who < 0 && !v.mark[before]) subject = relativeAntecedent(v, verbStart) ?? subject;
  // "“…,” Climate and Environment Minister Marta Lisowska said", "“…,” Smith and Jones said": capitalized words
  // joined by "and" right after the quotation are one subject
  if (subject && who < 0 && quantified < 0) subject = { from: coordinatedStart(v, subject.from), to: subject.to };
  // "The talks broke down on Monday, management and union officials said.": two subjects joined after the comma
  // (the cue right after a short second subject: not "…, Bamako, Ouagadougou and Niamey have demanded", "…, Hungary and the
  // Czech Republic Friday formally joined NATO at a ceremony held in…")
  if (subject && who < 0 && quantified < 0 && subject.to === i - 1 && subject.to - subject.from < JOINED_SUBJECT && cueEndsClause(v, cueEnd, entry.frame === 'tell')) {
    subject = { from: joinedAfterComma(v, subject.from), to: subject.to };
  }
  // "A bomb struck a street, wounding five civilians, said Oleksandr Hrytsenko, the head of…": a name that
  // ends the sentence after a comma and the cue speaks; the phrase before the comma is content, no subject
  // ("…, Malkia Cyril, the executive director…, told The Huffington Post.": after "told" the name is the addressee)
  if (subject && who < 0 && quantified < 0 && entry.frame !== 'tell' && v.toks[before]?.text === ',' && !v.quoted[before] && nameEndsSentence(v, cueEnd + 1, notName)) subject = null;
  if (!subject && closeBefore) {
    // "“…,” said Caddell." / "The talks failed, said Mr. Smith."
    const inv = phraseAfter(v, cueEnd + 1, 14, false);
    const end = inv ? inv.to + 1 : -1;
    const ends = inv && (end >= v.toks.length || INVERTED_ENDS.has(v.toks[end]!.text));
    if (inv && ends && looksLikeInvertedSubject(v, inv)) {
      // "said his daughter, Claire Finch-Ortega.": the name in the apposition speaks
      const named = isCapitalized(v.toks[inv.from]!.text) && !DETERMINERS.has(v.low[inv.from]!) ? null : appositiveName(v, end);
      return { sentence, cue, cueToken: i, cueEnd: named?.to ?? inv.to, source: span(v, named ?? inv), content: contentBefore(v, spans, before),
        placement: 'inverted', leftEdge: v.toks[before]!.start, rule: 'quotes/inverted-speaker', forward: false };
    }
  }
  if (!subject) {
    // "said Monday’s session ran… but accused the Afghan delegation of…"
    if (prev && COORDINATORS.has(prev)) return coordinatedFrame(v, spans, i, entry, drafts, p, cueEnd);
    return null;
  }
  // ("…, cutting reported revenue by $71 million": a participle after a comma is no subject; the cue is an adjective)
  if (subject.from === subject.to && subject.from > 0 && v.toks[subject.from - 1]!.text === ',' && v.low[subject.from]!.endsWith('ing') && !isCapitalized(v.toks[subject.from]!.text)) return null;
  // "Neither side regularly discloses its losses": a subject naming nobody is no source ("No. 2" is a rank)
  // "The ministry fined two firms it accused of price fixing": a pronoun right before the cue is the subject of a
  // relative clause without "that", not the last word of a phrase (BLIND9 C9)
  if (subject.to > subject.from && subject.to === p && SPEAKER_PRONOUNS.has(v.low[p]!) && !v.quoted[p]) subject = { from: p, to: p };
  if (NEGATIVE_SUBJECTS.has(v.low[subject.from]!) && v.toks[subject.from + 1]?.kind === 'word') return null;
  // "Everything Trump says is a lie", "nothing he said was true": the cue's object is the subject of "is" ("what it
  // said were stolen files", "What I think is that…" report what follows)
  if (BE_FORMS.has(v.low[cueEnd + 1] ?? '') && !v.quoted[cueEnd + 1] && (GAP_HEADS.has(v.low[subject.from]!) || GAP_HEADS.has(v.low[subject.from - 1] ?? ''))) return null;
  // "the summit, which both sides want to use to ease tensions": a wish in a relative clause on its object is no claim
  if (entry.frame === 'intention' && objectRelativeBefore(v, subject.from)) return null;
  // "…, a charge Akhter rejected", "…, a ruling China has rejected": the statement noun is the cue's object, the clause
  // before it no content of the cue; no claim, but the clause before ends at its comma (BLIND16 C3)
  // ("a finding the airline denies": the noun may stand before a subject of its own)
  const led = subject.to > subject.from + 1 && objectNounAt(v, subject.from + 1);
  const objectNoun = (led || (subject.from > 1 && objectNounAt(v, subject.from - 1))) && contentStart(v, spans, cueEnd, entry.frame) === null;
  // "who" is the source, as "he" is; its antecedent names the actor ("an architect")
  const fused = contracted ? { start: v.toks[p]!.start, end: v.toks[p]!.start + contracted } : null;
  const source = fused ?? (relative > 0 ? span(v, { from: relative, to: p }) : span(v, subject));
  const antecedent = relative > 0 ? span(v, subject) : undefined;
  const d = frameContent(v, spans, i, entry, cueEnd, { sentence, cue, subject, source, antecedent, relative, estimate });
  if (d && objectNoun) d.silent = true;
  return d;
}
/** A statement or ruling noun at token k after a determiner ("a charge", "a ruling"). */
function objectNounAt(v: View, k: number): boolean {
  return (STATEMENT_NOUNS.has(v.low[k]!) || RULING_NOUNS.has(v.low[k]!)) && DETERMINERS.has(v.low[k - 1] ?? '') && !v.quoted[k];
}
/** Prepositions and verbs after a noun: "forecast for", "forecast of", "forecast was" (not a colon: "the article read:"). */
const AFTER_NOUN: ReadonlySet<string> = new Set(['for', 'of', 'to', 'in', 'on', 'by', 'from', 'at', 'with', 'was', 'is', 'has', 'had']);

/** A determiner within three lower-case words before token p, and a preposition after cueEnd? */
function determinedNoun(v: View, p: number, cueEnd: number): boolean {
  if (!AFTER_NOUN.has(v.low[cueEnd + 1] ?? '')) return false;
  for (let k = p; k >= 0 && k > p - 3; k--) {
    if (v.toks[k]!.kind !== 'word' || isCapitalized(v.toks[k]!.text)) return false;
    if (DETERMINERS.has(v.low[k]!)) return true;
  }
  return false;
}


// Multi-word attribution cues that are not a verb + subject: the source follows them.

/** "according to X", "as reported by X": the source comes after the phrase. */
export const SOURCE_AFTER_PHRASES: readonly string[] = [
  'according to',
  'as reported by',
  'as quoted by',
  'in the words of',
  'as told to',
  'quoted by',
];

/** Participles that report with the sentence subject as source: "…, citing officials", "saying that…". */
export const PARTICIPLE_CUES: readonly string[] = ['citing', 'quoting'];

/** Speech participles whose bare clause is reported speech: "…, saying voters would pay", "…, arguing the law was void". */
export const BARE_CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([
  'say', 'argue', 'claim', 'insist', 'warn', 'note', 'explain', 'suggest', 'stress', 'contend', 'assert', 'predict',
]);

/** Phrases that sit between the cue and its content: "said in a statement that…". */
export const CUE_SETTINGS: readonly string[] = [
  'in a statement',
  'in an interview',
  'in a tweet',
  'in a post',
  'in a letter',
  'in a speech',
  'in a report',
  'on twitter',
  'on x',
  'on social media',
  'at a news conference',
  'at a press conference',
  'at a briefing',
];

/** Nouns that name a statement when their owner and a that-clause frame them: "Ortiz’s claim that…". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'assertion', 'argument', 'contention', 'insistence', 'warning', 'promise',
  'pledge', 'view', 'belief', 'suggestion', 'allegation', 'allegations', 'accusation', 'charge', 'announcement',
  'remark', 'remarks', 'comment', 'comments', 'testimony', 'prediction', 'assurance', 'admission', 'denial',
  'complaint', 'fear', 'fears', 'hope', 'position', 'conclusion', 'finding', 'findings', 'report', 'insinuation', 'boast',
  // "Stumpf’s repeated emphasis that…", "his earlier missive that…", "her acknowledgment that…"
  'emphasis', 'missive', 'acknowledgment', 'acknowledgement', 'concern', 'concerns', 'suspicion', 'theory', 'idea', 'argument',
]);

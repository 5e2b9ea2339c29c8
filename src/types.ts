// The output contract (schemaVersion 1), as TypeScript types.
// See README "Output" and src/schema/output.schema.json; the two must agree.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type ActorType = 'person' | 'organization' | 'location' | 'unnamed';

export interface Mention extends TextSpan {
  /** rule id that attached this mention ("actors/title-name", "quotes/pronoun-speaker") */
  rule: string;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  affiliation: string | null;
  mentions: Mention[];
  rule: string;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends TextSpan {
  id: string;
  type: DateType;
  value: string;
  mod: string | null;
  rule: string;
}

export type CasualtyKind =
  | 'killed'
  | 'wounded'
  | 'casualties'
  | 'missing'
  | 'kidnapped'
  | 'displaced'
  | 'arrested'
  | 'attacks';

export interface Count {
  min: number | null;
  max: number | null;
  approximate: boolean;
  text: string;
}

export interface Casualty extends TextSpan {
  id: string;
  kind: CasualtyKind;
  count: Count;
  victims: TextSpan | null;
  actors: string[];
  dates: string[];
  rule: string;
}

/** Who speaks: the span that names them, and the actor it resolves to. */
export interface SourceRef extends TextSpan {
  actor: string | null;
}

export type QuoteKind = 'full' | 'partial' | 'scare';

export interface Quote extends TextSpan {
  id: string;
  speaker: SourceRef | null;
  cue: TextSpan | null;
  kind: QuoteKind;
  rule: string;
}

export type ClaimKind = 'quote' | 'reported' | 'assertion';

export interface Claim extends TextSpan {
  id: string;
  sentence: number;
  kind: ClaimKind;
  source: SourceRef | null;
  cue: TextSpan | null;
  hedged: boolean;
  actors: string[];
  dates: string[];
  casualties: string[];
  quotes: string[];
  rule: string;
}

export interface Warning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface SourceInfo {
  path: string;
  sha256: string;
  bytes: number;
  chars: number;
  /** set for `--input-format jsonl` records */
  id?: string;
  /** set when the text was extracted from another format (HTML): offsets refer to it */
  text?: string;
}

export interface Result {
  schemaVersion: 1;
  source: SourceInfo;
  referenceDate: string | null;
  title: string | null;
  actors: Actor[];
  dates: DateMention[];
  casualties: Casualty[];
  quotes: Quote[];
  claims: Claim[];
  warnings: Warning[];
}

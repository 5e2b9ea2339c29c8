// Punctuation words shared by the stages.

/** Dashes that set off an aside or a clause: em, en, horizontal bar, and a double hyphen typed for a dash. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '--']);

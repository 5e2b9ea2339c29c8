// The date patterns run over a one-byte (Latin-1) copy of the text. V8 compiles a regular
// expression separately for one-byte and two-byte subjects, and the two-byte code for the
// \p{L} lookarounds costs far more to build: every date rule's first use took ~260 ms two-byte
// against ~35 ms one-byte, and a single "’" makes a whole article two-byte.
// The copy has the same length, so offsets are unchanged, and each character outside Latin-1
// becomes one that no pattern tells apart from it: "’" → "'" and "€" → "£" (each pattern that
// names one names the other), an upper-case letter → "À", a lower-case one → "à", another
// letter → "ª", a space → no-break space, a line separator → "\n", "–" and "—" → U+0096 (the
// dateline and published-line patterns name it for them; a U+0096 of the input becomes a
// plain symbol), anything else → U+007F. Two exceptions: the long s "ſ" and the Kelvin sign,
// which case-insensitive patterns read as "s" and "k", become "s" and "K"; and a letter outside
// the Basic Multilingual Plane becomes two letters.
// Spans and their text are always taken from the real text.

// what the copy changes: characters outside Latin-1, and U+0096 (kept for dashes)
const CHANGED = /[^\x00-\x95\x97-\xff]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** The character "–" and "—" become in the copy. */
export const DASH_CODE = 0x96;
const SYMBOL = 0x7f;
const NBSP = 0xa0;

/** Code points JavaScript's \s holds outside Latin-1 (besides the line separators). */
function isWideSpace(c: number): boolean {
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function letterCode(ch: string): number {
  if (UPPER.test(ch)) return 0xc0; // À
  if (LOWER.test(ch)) return 0xe0; // à
  return LETTER.test(ch) ? 0xaa : SYMBOL; // ª
}

function codeFor(c: number): number {
  switch (c) {
    case 0x2019: return 0x27; // ’
    case 0x20ac: return 0xa3; // €
    case 0x2013: case 0x2014: return DASH_CODE;
    case 0x017f: return 0x73; // ſ
    case 0x212a: return 0x4b; // K (Kelvin)
    case 0x2028: case 0x2029: return 0x0a;
    default:
      if (isWideSpace(c)) return NBSP;
      // General Punctuation (quotes, dashes, bullets, ellipsis) holds no letter
      if (c >= 0x2000 && c <= 0x206f) return SYMBOL;
      return letterCode(String.fromCharCode(c));
  }
}

/** `text` itself when it is all Latin-1 (with no U+0096), else its one-byte copy. */
export function latin1View(text: string): string {
  CHANGED.lastIndex = 0;
  let m = CHANGED.exec(text);
  if (!m) return text;
  // each UTF-16 unit's low byte, right for every unit below U+0100; the others are set here
  const codes = Buffer.from(text, 'latin1');
  for (; m; m = CHANGED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === DASH_CODE) codes[i] = SYMBOL;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      codes[i] = codes[i + 1] = letterCode(String.fromCodePoint(text.codePointAt(i)!));
      CHANGED.lastIndex = i + 2;
    } else if (c >= 0xd800 && c <= 0xdfff) codes[i] = SYMBOL;
    else codes[i] = codeFor(c);
  }
  // Latin-1 decoding gives a one-byte string (TextDecoder's "latin1" is windows-1252: not this)
  return codes.toString('latin1');
}

// The letters of Latin-1, as a character-class body: exactly what \p{L} matches in the copy.
const LATIN1_LETTERS = 'A-Za-z\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF';
// What \p{Lu} and \p{Ll} match in the copy; under `i` each matches every cased letter (ª and º have no case)
const LATIN1_UPPER = 'A-Z\\xC0-\\xD6\\xD8-\\xDE';
const LATIN1_LOWER = 'a-z\\xB5\\xDF-\\xF6\\xF8-\\xFF';
const LATIN1_CASED = 'A-Za-z\\xB5\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF';

// What narrowLetters reads: a \p{L}, \p{Lu} or \p{Ll}, any other escape (kept whole: "\[" opens no class), a bracket.
const PATTERN_TOKENS = /\\p\{L[lu]?\}|\\[\s\S]|[[\]]/g;

/**
 * `source` with each \p{L} ("a letter"), \p{Lu} and \p{Ll} narrowed to the Latin-1 letters it
 * matches (`ignoreCase`: under the `i` flag). One replace, not a loop over characters: this runs
 * on ~17,000 characters of patterns when every process and worker loads, before any of it is
 * compiled, and the loop took ~12 ms of that start, the replace ~0.6 ms (same output for all 61 patterns).
 */
export function narrowLetters(source: string, ignoreCase = false): string {
  let inClass = false;
  return source.replace(PATTERN_TOKENS, (token) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (token.startsWith('\\p')) {
      const body = token === '\\p{L}' ? LATIN1_LETTERS : ignoreCase ? LATIN1_CASED : token === '\\p{Lu}' ? LATIN1_UPPER : LATIN1_LOWER;
      return inClass ? body : `[${body}]`;
    }
    return token;
  });
}

/**
 * A date rule's pattern, for running over the copy. The rules write \p{L} ("a letter"), which
 * here matches only Latin-1 letters, since no other occurs in the copy: narrowed, it matches
 * the same. Why: V8 builds the set of all Unicode letters (and, under `i`, its case closure)
 * for each \p{L} of each pattern it parses, ~0.3 ms apiece, and the date rules hold about a
 * hundred: narrowing them takes ~10% off the instructions of `extract one-article.txt`.
 */
export function datePattern(source: string, flags: string): RegExp {
  return new RegExp(narrowLetters(source, flags.includes('i')), flags);
}

/**
 * `re` narrowed as datePattern does, for an expression that reads only the copy or pieces of
 * it (`env.text`, a match's groups), never a token's text or the real text. A \p{L} under `i`
 * cost ~1-2 ms of every start each (the interpreter's code, then the machine code): "the", "an",
 * "for" before a date are asked about in most articles.
 */
export function onCopy(re: RegExp): RegExp {
  return datePattern(re.source, re.flags);
}

// Tokens with offsets, their lower case and their kind.

import type { Token, TokenKind } from '../../document.js';

// Tokens: a run of letters, digits and marks, continued across an inner apostrophe, hyphen or
// ampersand ("Taliban’s", "Tehreek-e-Taliban", "AT&T") and across a decimal or thousands
// separator before digits ("2,500", "3.5"); any other non-space character is a token of its own.
// A scanner over character codes, not a regular expression: this runs on every character of
// every article, and the regex's match objects cost three times the scan (same tokens).
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/uy;
const SPACE_CHAR = /\s/uy;
const LETTER_START = /^[\p{L}\p{M}]/u;
const NUMBER_START = /^\p{N}/u;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A soft hyphen: invisible, a line-break hint scraped pages leave inside words ("Den\u00adnis Rosen\u00adbaum"). */
const SOFT_HYPHEN = 0xad;

/** Is the code point at `i` (first unit `c`) a letter, number or mark (or a soft hyphen)? ASCII by code, the rest by \p{…}. */
function isWordAt(text: string, i: number, c: number): boolean {
  if (c < 128) return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c === SOFT_HYPHEN) return true;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text);
}

function isSpaceAt(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_CHAR.lastIndex = i;
  return SPACE_CHAR.test(text);
}

/** UTF-16 units of the code point at `i`: 2 for a surrogate pair ("𝐀"). */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordAt(text, i, text.charCodeAt(i))) i += unitsAt(text, i);
  return i;
}

const JOINERS = new Set([0x2019, 39, 45, 38]); // ’ ' - &

// Scraped pages glue a site's name to the article's first word ("abc7chicago.comTwo people were
// shot"): after a dot, a top-level domain followed at once by a capital is a word of its own.
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu']);
// (two-letter domains of countries that sites use as names; none is an English word after a full stop)
const COUNTRY_DOMAINS = new Set(['us', 'uk', 'io', 'ai', 'tv', 'ca', 'au', 'de', 'fr', 'eu', 'ie', 'nz', 'za', 'ng', 'ke', 'ph']);
export const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * A site's address is one token: "(CBSDFW.COM) — Two men…" was "CBSDFW", ".", "COM", and "COM"
 * an organisation. A word, a dot and a top-level domain not followed by a letter or digit (or
 * followed by a capital, glued as above): where the address ends, else -1.
 */
function domainEnd(text: string, j: number): number {
  if (text.charCodeAt(j) !== 46) return -1;
  // "PowerOutage.us", "Gov.uk": a country's two-letter domain, lower case, that ends the word
  const cc = text.slice(j + 1, j + 3);
  if (COUNTRY_DOMAINS.has(cc) && !isWordAt(text, j + 3, text.charCodeAt(j + 3))) return j + 3;
  const tld = text.slice(j + 1, j + 4);
  if (!DOMAINS.has(tld.toLowerCase())) return -1;
  const after = text.charCodeAt(j + 4);
  const glued = tld === tld.toLowerCase() && isUpperAscii(after);
  return glued || !isWordAt(text, j + 4, after) ? j + 4 : -1;
}

/** Where a word starting at i ends when it is such a domain, else -1. */
function gluedDomainEnd(text: string, i: number, j: number): number {
  if (j - i < 5 || text.charCodeAt(i - 1) !== 46 || !isUpperAscii(text.charCodeAt(i + 3))) return -1;
  return DOMAINS.has(text.slice(i, i + 3)) ? i + 3 : -1;
}

/**
 * The text with each UTF-16 unit cut to its low byte: a one-byte string, from which a token
 * made only of Latin-1 characters is sliced (see tokenize).
 */
export function narrowCopy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Does text[from, to) hold only Latin-1 characters? */
function allLatin1(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 0xff) return false;
  return true;
}

/**
 * The tokens of text[start, end). `narrow` is narrowCopy(text): a token of Latin-1 characters
 * is sliced from it, so that it is a one-byte string even when the article is not. Why: one
 * curly quote makes a whole article two-byte in V8, and so every token sliced from it; every
 * stage then hashes, compares, lower-cases and matches two-byte strings, which costs more
 * (lower-casing a two-byte string goes through ICU).
 */
export function tokenize(text: string, start: number, end: number, narrow = narrowCopy(text)): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(text, i, c)) {
      i++;
      continue;
    }
    let j = i + unitsAt(text, i);
    if (isWordAt(text, i, c)) {
      j = wordEnd(text, i);
      for (;;) {
        const d = text.charCodeAt(j);
        if (JOINERS.has(d) && j + 1 < text.length && isWordAt(text, j + 1, text.charCodeAt(j + 1))) j = wordEnd(text, j + 1);
        else if ((d === 46 || d === 44) && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          while (isDigit(text.charCodeAt(j))) j++;
        } else break;
      }
      const site = domainEnd(text, j);
      if (site > 0) j = site;
    }
    if (i > start) {
      const domain = gluedDomainEnd(text, i, j);
      if (domain > 0) j = domain;
    }
    // a token never runs past its sentence ("…end.Next" split by the caller)
    const stop = Math.min(end, j);
    const t = allLatin1(text, i, stop) ? narrow.slice(i, stop) : text.slice(i, stop);
    tokens.push({ start: i, end: stop, text: t, lower: lowerOf(t), kind: kindOf(t) });
    i = j;
  }
  return tokens;
}

/**
 * `t` lower-cased, itself when it has no capital. Why not always toLowerCase: in an article
 * with one curly quote every token is a two-byte string, and V8 lower-cases those through ICU
 * even when they are plain lowercase ASCII ("the"): 2% of the CPU of such a run.
 */
function lowerOf(t: string): string {
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    // a soft hyphen is no letter: "kil\u00adled" is "killed" to every word list
    if (c >= 128) return t.includes('\u00ad') ? t.toLowerCase().replaceAll('\u00ad', '') : t.toLowerCase();
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? t.toLowerCase() : t;
}

/** ASCII first (most tokens of English news), then Unicode letters and numbers ("٢٠٢٥", "Ōsaka"). */
function kindOf(t: string): TokenKind {
  const code = t.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'number';
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word';
  if (code < 128) return 'punct';
  return LETTER_START.test(t) ? 'word' : NUMBER_START.test(t) ? 'number' : 'punct';
}

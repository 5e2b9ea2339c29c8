// Capitalised runs: the word sequences that can name an entity ("Tehreek-e-Taliban Pakistan",
// "Armed Conflict Location & Event Data Project", "Ihsanullah Tipu Mehsud"), found by scanning
// words, not by one large regular expression.

import { NAME_CONNECTORS, NAME_PARTICLES } from '../../lexicon/non-entities.js';
import { LEGAL_FORMS, LOWERCASE_LEGAL_FORMS } from '../../lexicon/organizations.js';
import { COURTESY_TITLES, RANK_ABBREVIATIONS } from '../../lexicon/titles.js';
import { isCapitalised, startsLower, startsUpper, type Word } from './words.js';
import { isNameWord, placeOrBody } from './name-words.js';
import { TOWN_HEADS } from './shape.js';
import { GAZETTEER } from '../../lexicon/gazetteer.js';
import { campusEnd, initialsInBrackets, listedNameEnd, joins, possessiveInside } from './run-joins.js';

/** A run of words [from, to) inside one sentence's word list. */
export interface Run {
  from: number;
  to: number;
  /** a nickname in quotation marks inside the name, its marks included: `Marcus "The Hammer" Bell` */
  nick?: Run | undefined;
}

/** Quotation marks around a nickname or a title (./index.ts): straight, curly, guillemets. */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '«']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', '»']);

/**
 * `Dominic "Nicky Sparks" Ferraro`: a quotation mark opening at j after a first name, one to three
 * name words, its closing mark, then the surname. The index of the surname, or -1.
 */
function nicknameEnd(words: readonly Word[], j: number): number {
  const open = words[j]!;
  const prev = words[j - 1]!;
  if (!OPEN_QUOTES.has(open.text) || prev.possessive || open.start !== prev.end + 1 || words[j + 1]?.start !== open.end) return -1;
  let m = j + 1;
  while (m < words.length && m - j <= 3 && isNameWord(words[m]!)) m++;
  const close = words[m];
  const surname = words[m + 1];
  if (m === j + 1 || !close || !CLOSE_QUOTES.has(close.text) || close.start !== words[m - 1]!.end) return -1;
  return surname && isNameWord(surname) && surname.start === close.end + 1 ? m + 1 : -1;
}

const MAX_RUN = 12;

// words that open a sentence after an abbreviation's stop, never a name's next word ("at 1200 Milton
// St. The victim", "Ms. T. They"; not "A", an initial, nor "Will", a first name)
const OPENERS_AFTER_STOP: ReadonlySet<string> = new Set(['the', 'an', 'he', 'she', 'it', 'they', 'we', 'this', 'these', 'there', 'his', 'her', 'their', 'its']);

/** "Salomon Brothers Inc. Ms. Applebaum", "Lipper Inc. That": a legal form's full stop ends the name ("Marion Co. Sheriff" goes on). */
function legalFormEnds(form: Word, next: Word): boolean {
  if (!LEGAL_FORMS.has(form.lower)) return false;
  return form.lower !== 'co' || COURTESY_TITLES.has(next.lower);
}

// prefixes of hyphenated words: "Pro-war", "Anti-graft", "Ex-wife"
const WORD_PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti', 'non', 'post', 'pre', 'ex', 'co', 're', 'mid', 'self', 'semi', 'multi', 'inter', 'sub', 'neo', 'vice', 'over', 'under', 'all', 'well']);

/**
 * "Ban Ki-moon", "Park Geun-hye", "Moon Jae-in": a Korean given name after the family name, its
 * second syllable in lower case (only inside a run: "Pro-war" opens none).
 */
function givenAfterFamily(w: Word, prev: Word): boolean {
  const t = w.text;
  const h = t.indexOf('-');
  if (h < 2 || h > 5 || WORD_PREFIXES.has(t.slice(0, h).toLowerCase()) || t.length - h - 1 < 2 || t.length - h - 1 > 4 || prev.possessive || !isCapitalised(prev) || prev.text.length > 5) return false;
  return startsUpper(t) && startsLower(t.slice(h + 1)) && t.indexOf('-', h + 1) < 0;
}

// second parts of hyphenated words that describe ("Saudi-led", "Soviet-era", "Hamas-run"): no name's
const DESCRIBING_TAILS: ReadonlySet<string> = new Set([
  'run', 'led', 'era', 'style', 'born', 'made', 'held', 'like', 'wide', 'free', 'type', 'area', 'bound', 'class', 'level',
  'size', 'scale', 'ish', 'esque', 'side', 'term', 'long', 'old', 'day', 'time', 'year', 'based', 'owned', 'only',
]);
const LOWER_TAILED = /^\p{Lu}\p{Ll}{1,10}-\p{Ll}{2,5}$/u;

/**
 * "the Dai-ichi Life Research Institute": a capitalised word with a lower-case part after its
 * hyphen opens a name before another name word, inside a sentence ("Far-right Freedom Party" opens
 * one, "Iran-backed", "Soviet-era", "Pro-war" describe).
 */
function lowerTailedName(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.first || w.kind !== 'word' || w.inDate || !next || next.start !== w.end + 1 || !isNameWord(next) || !LOWER_TAILED.test(w.text)) return false;
  const h = w.text.indexOf('-');
  const head = w.text.slice(0, h);
  const tail = w.text.slice(h + 1);
  if (WORD_PREFIXES.has(head.toLowerCase()) || placeOrBody(head) || DESCRIBING_TAILS.has(tail)) return false;
  return !tail.endsWith('ed') && !tail.endsWith('ing') && !tail.endsWith('ly');
}

// "ComfortWave", "PowerPoint": a capital inside a word after three lower-case letters or more
// ("MacArthur", "DeShawn", "McDonald" have fewer; "FitzGerald" is a name)
const PRODUCT_WORD = /^\p{Lu}\p{Ll}{3,12}\p{Lu}\p{Ll}{2,12}$/u;

function isProductWord(t: string): boolean {
  return t.length >= 7 && PRODUCT_WORD.test(t) && !t.startsWith('Fitz');
}

function isParticle(w: Word): boolean {
  return w.kind === 'word' && NAME_PARTICLES.has(w.lower) && startsLower(w.text);
}

/** "#", "@", "/": a hashtag, a handle or a link slug follows. */
function isHandleMark(t: string): boolean {
  const c = t.charCodeAt(0);
  return t.length === 1 && (c === 35 || c === 64 || c === 47);
}

/** Runs of capitalised words with particles ("bin", "de", "e") and accepted connectors. */
export function findRuns(words: Word[], text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const before = words[i - 1];
    // "#Trump", "@AP": a hashtag or a handle
    if ((!isNameWord(words[i]!) && !lowerTailedName(words, i)) || (before && isHandleMark(before.text) && before.end === words[i]!.start)) {
      i++;
      continue;
    }
    let j = i + 1;
    let joined = false;
    let nick: Run | undefined;
    while (j < words.length && j - i < MAX_RUN && (!words[j - 1]!.possessive || possessiveInside(words, i, j, text))) {
      const w = words[j]!;
      // ("Hearthline ComfortWave heaters": a product's word after its maker's name is no part of it)
      // (a lower-case noun after it and one word before, no place: "Fort MyersMan was shot", "Los Angeles
      // TimesJassely Lupoe", a scraped page's glued words, are no maker and product)
      if (j === i + 1 && isProductWord(w.text) && words[j + 1]?.kind === 'word' && startsLower(words[j + 1]!.text) && !GAZETTEER.places.has(words[i]!.lower) && !TOWN_HEADS.has(words[i]!.lower)) break;
      if ((isNameWord(w) || givenAfterFamily(w, words[j - 1]!)) && w.start - words[j - 1]!.end <= (words[j - 1]!.possessive ? 3 : 1)) {
        j++;
        continue;
      }
      // a first name (one or two words), then a nickname in quotation marks (after a title's abbreviation too:
      // 'Rep. Marcia "Cia" Price')
      if (!nick && !joined && (j - i <= 2 || (j - i <= 4 && words[i + 1]!.text === '.')) && w.kind === 'punct') {
        const surname = nicknameEnd(words, j);
        if (surname > 0) {
          nick = { from: j, to: surname };
          j = surname;
          continue;
        }
      }
      const next = words[j + 1];
      // "Mary J. Blige", "Port St. Lucie", "Gov. Mike Pence": a full stop after an initial or a short title
      // ("Salomon Brothers Inc. Ms. Applebaum": a company's legal form ends the name at its full stop)
      // ("Auburn Police Capt. Lee Shirley": a rank's abbreviation of four letters too)
      // ("at Milton St. The victim was…": a function word after the stop opens the next sentence)
      if (w.text === '.' && w.start === words[j - 1]!.end && next && isNameWord(next) && !OPENERS_AFTER_STOP.has(next.lower) && (/^\p{Lu}\p{L}?\p{Ll}?$/u.test(words[j - 1]!.text) || RANK_ABBREVIATIONS.has(words[j - 1]!.lower)) && !legalFormEnds(words[j - 1]!, next)) {
        j += 2;
        continue;
      }
      // "bin Salman", "von der Leyen": one or two lowercase particles inside a name
      if (isParticle(w) && next) {
        if (isNameWord(next)) {
          j += 2;
          continue;
        }
        if (isParticle(next) && words[j + 2] && isNameWord(words[j + 2]!)) {
          j += 3;
          continue;
        }
      }
      if (next && NAME_CONNECTORS.has(w.lower)) {
        // "of the Red Cross": a two-word connector
        let k = j + 1;
        if (w.lower !== 'the' && words[k]?.lower === 'the') k++;
        // ("The Committee for a Responsible Federal Budget")
        else if (w.lower === 'for' && words[k]?.lower === 'a') k++;
        let e = k;
        while (e < words.length && isNameWord(words[e]!) && !words[e - 1]!.possessive && e - k < MAX_RUN) e++;
        if (e > k && (joins(words, { from: i, to: j }, w, { from: k, to: e }, text, joined, k > j + 1) || initialsInBrackets(words, i, e))) {
          joined = true;
          j = e;
          continue;
        }
      }
      break;
    }
    // "Marwick plc", "Tesco plc": a legal form that is no English word, written in lower case, ends the name
    const form = words[j];
    if (form && LOWERCASE_LEGAL_FORMS.has(form.text) && form.start === words[j - 1]!.end + 1 && !words[j - 1]!.possessive) j++;
    // (one shape for every run, with or without a nickname)
    if (words[j]?.text === ',') {
      // ("The University of California, Irvine (UCI) said": after a capitalised article too)
      const u = words[i]!.lower === 'the' ? i + 1 : i;
      if (words[u]?.lower === 'university') j = campusEnd(words, u, j);
      else j = listedNameEnd(words, u, j);
    }
    // "Carmaker Voltra agrees takeover": a trade noun a headline or a sentence's start capitalises is no part of the name
    const from = j - i >= 2 && TRADE_NOUNS.has(words[i]!.lower) ? i + 1 : i;
    // "… in Florida - BNO News The incident happened": "The" never ends a name (a headline runs into the story; "Class A" keeps its letter)
    if (j - from >= 2 && words[j - 1]!.text === 'The') j--;
    runs.push({ from, to: j, nick });
    i = j;
  }
  return runs;
}

/** Trade nouns that describe a company and never open its name ("Carmaker Voltra", "Drugmaker Norvik Pharma"). */
const TRADE_NOUNS: ReadonlySet<string> = new Set([
  'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'startup', 'start-up', 'retailer', 'lender', 'insurer', 'broadcaster',
  'conglomerate', 'manufacturer', 'regulator', 'watchdog',
]);

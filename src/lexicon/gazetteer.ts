// Lookup tables built once from the generated data (see scripts/gen-lexicon.mjs):
// countries with their variants, demonyms, capitals and places; armed groups; international
// organisations; first names and role nouns. Keys are lowercase with "’" as "'".

import { EXTRA_FIRST_NAMES } from './people.js';
import {
  ARMED_GROUP_ROWS, CITIES, COUNTRY_ROWS, DEMONYMS, FIRST_NAMES, INTERNATIONAL_ROWS, ORGANIZATIONS, REGIONS, ROLE_NOUNS,
} from './gazetteer.generated.js';
import { DOTTED_STATES, EXTRA_DEMONYMS, EXTRA_ORGANIZATIONS, EXTRA_PLACES } from './gazetteer-extra.js';

export { US_STATE_ABBREVIATIONS } from './gazetteer-extra.js';

export type PlaceKind = 'country' | 'capital' | 'place';

export interface PlaceEntry {
  kind: PlaceKind;
  /** ISO-like country code from CAMEO ("PAK"); '' for places with no known country */
  country: string;
}

export interface Gazetteer {
  places: ReadonlyMap<string, PlaceEntry>;
  /** demonym → country code ("afghan" → "AFG"); '' when the country is not known ("asian") */
  demonyms: ReadonlyMap<string, string>;
  /** organisation name → key shared by all its variants ("isis", "daesh" → "group:islamic state") */
  organizations: ReadonlyMap<string, string>;
  /** short forms written in capitals only ("ISIS", "LeT" → "LET"), dots removed → organisation key */
  acronyms: ReadonlyMap<string, string>;
  firstNames: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
}

function words(list: string): string[] {
  return list ? list.split(';') : [];
}

// build() runs once per process before any code is optimised: plain indexed loops, no
// destructuring or iterators, which cost the interpreter several times more (16 ms → 4 ms here).

/** Sets every name of a ';'-list to `value`, or only the names not yet set when `keep`. */
function setAll<V>(map: Map<string, V>, list: string, value: V, keep: boolean): void {
  const names = words(list);
  for (let i = 0; i < names.length; i++) if (!keep || !map.has(names[i]!)) map.set(names[i]!, value);
}

const MARKS = /\p{M}/gu;

/** "guinea-bissau" → "guinea bissau": a place of several words written with hyphens (BLIND14 A3); the key itself when it has none. */
function spacedForm(key: string): string {
  return key.includes('-') ? key.replaceAll('-', ' ') : key;
}

/** Does the key hold a hyphen or a character past ASCII, which a second look-up may fold? (A loop: most keys asked are missing ASCII words.) */
function foldable(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 45 || c > 127) return true;
  }
  return false;
}

// (Map's own methods called directly: a `super.get` in a Map subclass cost several times a plain look-up, ~1% of a pass)
const mapGet = Map.prototype.get;
const mapHas = Map.prototype.has;

/**
 * A map whose keys are looked up again without their accents or hyphens when the key as written is missing: the data
 * holds "bogota", "medellin" unaccented, the copy writes "Bogotá", "Medellín" (BLIND14 A5), and "guinea bissau" spaced.
 */
class AccentFoldingMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    const found = mapGet.call(this, key) as V | undefined;
    if (found !== undefined || !foldable(key)) return found;
    const spaced = spacedForm(key);
    if (spaced !== key) return this.get(spaced);
    return mapGet.call(this, key.normalize('NFD').replace(MARKS, '')) as V | undefined;
  }
  override has(key: string): boolean {
    return mapHas.call(this, key) || (foldable(key) && this.get(key) !== undefined);
  }
}

// nouns the generated role list holds that name no one's role: "Dickson County, population 1,500" made a person
const NOT_ROLE_NOUNS: ReadonlySet<string> = new Set(['population']);

function build(): Gazetteer {
  const places = new AccentFoldingMap<PlaceEntry>();
  const demonyms = new Map<string, string>();
  const organizations = new Map<string, string>();
  const rows = COUNTRY_ROWS.split('\n');
  for (let r = 0; r < rows.length; r++) {
    // CODE|names|demonyms|capital|other places; one shared entry per kind and country
    const f = rows[r]!.split('|');
    const code = f[0] ?? '';
    setAll(places, f[4] ?? '', { kind: 'place', country: code }, true);
    const capital = f[3];
    if (capital) places.set(capital, { kind: 'capital', country: code });
    setAll(places, f[1] ?? '', { kind: 'country', country: code }, false);
    setAll(demonyms, f[2] ?? '', code, false);
  }
  const nowhere: PlaceEntry = { kind: 'place', country: '' };
  setAll(places, CITIES, nowhere, true);
  setAll(places, REGIONS, nowhere, true);
  setAll(places, EXTRA_PLACES, nowhere, true);
  setAll(places, DOTTED_STATES, { kind: 'place', country: 'USA' }, true);
  setAll(demonyms, DEMONYMS, '', true);
  const extra = Object.keys(EXTRA_DEMONYMS);
  for (let i = 0; i < extra.length; i++) demonyms.set(extra[i]!, EXTRA_DEMONYMS[extra[i]!]!);
  // ("from Jordan to Mozambique": a one-word country name the source lists among its demonyms, as Jordan, Laos,
  // Brunei, Philippines, names the country; as a people's word it was dropped alone. "New Zealand officials" keeps it.)
  for (const [name, entry] of places) if (entry.kind === 'country' && !name.includes(' ') && demonyms.has(name)) demonyms.delete(name);
  const acronyms = new Map<string, string>();
  const orgRows = (INTERNATIONAL_ROWS + '\n' + ARMED_GROUP_ROWS).split('\n');
  for (let r = 0; r < orgRows.length; r++) {
    const vs = words(orgRows[r]!);
    let head = vs[0]!;
    for (let i = 0; i < vs.length; i++) {
      if (vs[i]!.includes(' ')) {
        head = vs[i]!;
        break;
      }
    }
    const key = 'org:' + head;
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i]!;
      // CAMEO is all capitals: a short form is an acronym, matched only as written in capitals
      // ("LET" is Lashkar-e-Taiba, "Let me" is not)
      const bare = v.includes('.') ? v.replace(/\./g, '') : v;
      if (!v.includes(' ') && bare.length <= 4) {
        const upper = bare.toUpperCase();
        if (!acronyms.has(upper)) acronyms.set(upper, key);
      } else if (!organizations.has(v) && !places.has(v)) organizations.set(v, key);
    }
  }
  for (let r = 0; r < EXTRA_ORGANIZATIONS.length; r++) {
    const vs = EXTRA_ORGANIZATIONS[r]!;
    const key = 'org:' + vs[0]!;
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i]!;
      if (!v.includes(' ') && v.length <= 4) {
        if (!acronyms.has(v.toUpperCase())) acronyms.set(v.toUpperCase(), key);
      } else if (!organizations.has(v)) organizations.set(v, key);
    }
  }
  const orgs = words(ORGANIZATIONS);
  for (let i = 0; i < orgs.length; i++) if (!organizations.has(orgs[i]!)) organizations.set(orgs[i]!, 'org:' + orgs[i]);
  return {
    places,
    demonyms,
    organizations,
    acronyms,
    firstNames: new Set([...words(FIRST_NAMES), ...EXTRA_FIRST_NAMES]),
    roleNouns: new Set(words(ROLE_NOUNS).filter((w) => !NOT_ROLE_NOUNS.has(w))),
  };
}

/** The built-in gazetteer: constant data, built once at load (a few milliseconds). */
export const GAZETTEER: Gazetteer = build();

/** The organisation a name as written stands for: "Taliban", "ISIS" (in capitals), or undefined. */
export function organizationKey(text: string, key: string): string | undefined {
  const org = GAZETTEER.organizations.get(key);
  if (org) return org;
  // ("Hewlett-Packard said": the lists write "hewlett packard")
  if (key.includes('-')) {
    const spaced = GAZETTEER.organizations.get(key.replace(/-/g, ' '));
    if (spaced) return spaced;
  }
  // acronym keys have at most four letters: "U.N.H.C.R." and longer never match
  if (text.length > 8) return undefined;
  if (/^[\p{Lu}.]+$/u.test(text) || /^\p{Lu}\p{Ll}?\p{Lu}$/u.test(text)) return GAZETTEER.acronyms.get(text.replace(/\./g, '').toUpperCase());
  return undefined;
}

/** Lower-case letters, digits, "." and "-", words apart by single spaces: nothing to normalise. */
export function plainKey(lower: string): boolean {
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45) space = false;
    else if (c === 32 && !space) space = true;
    else return false;
  }
  return !lower.startsWith('the ');
}

/** Lookup key for a name as written: "Pakistan’s" → "pakistan", "the Taliban" → "taliban". */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  // most names need no more: "kabul", "khawaja asif" (no quote, run of spaces or leading "the")
  if (plainKey(lower)) return lower;
  return text
    .replace(/[’‘]/g, "'")
    .replace(/'s?$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

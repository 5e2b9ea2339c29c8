// Lookup tables built once from the generated data (see scripts/gen-lexicon.mjs):
// countries with their variants, demonyms, capitals and places; armed groups; international
// organisations; first names and role nouns. Keys are lowercase with "’" as "'".

import {
  ARMED_GROUP_ROWS, CITIES, COUNTRY_ROWS, DEMONYMS, FIRST_NAMES, INTERNATIONAL_ROWS, ORGANIZATIONS, REGIONS, ROLE_NOUNS,
} from './gazetteer.generated.js';

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

// Demonyms the data lacks or files under another form ("British" only as "Englishman").
const EXTRA_DEMONYMS: Record<string, string> = {
  british: 'GBR', english: 'GBR', scottish: 'GBR', welsh: 'GBR', irish: 'IRL', polish: 'POL', finnish: 'FIN',
  danish: 'DNK', icelandic: 'ISL', dutch: 'NLD', 'south african': 'ZAF', 'new zealand': 'NZL', slovenian: 'SVN',
  'north korean': 'PRK', 'south korean': 'KOR', 'sri lankan': 'LKA', 'south sudanese': 'SSD', congolese: 'COD',
  'saudi arabian': 'SAU', emirati: 'ARE', lao: 'LAO', nepali: 'NPL', malian: 'MLI', nigerien: 'NER',
  burkinabe: 'BFA', chadian: 'TCD', tanzanian: 'TZA', malawian: 'MWI', botswanan: 'BWA', sierra: '',
  'sierra leonean': 'SLE', liberian: 'LBR', guinean: 'GIN', beninese: 'BEN', togolese: 'TGO', cypriot: 'CYP',
  estonian: 'EST', moldovan: 'MDA', montenegrin: 'MNE', kosovar: 'KSV', yemeni: 'YEM', bahraini: 'BHR',
  soviet: 'SUN', spanish: 'ESP', portuguese: 'PRT', german: 'DEU', french: 'FRA', italian: 'ITA', greek: 'GRC', taiwanese: 'TWN', hongkonger: 'HKG', kyrgyz: 'KGZ', tajik: 'TJK', uzbek: 'UZB', kazakh: 'KAZ',
};

function words(list: string): string[] {
  return list ? list.split(';') : [];
}

function build(): Gazetteer {
  const places = new Map<string, PlaceEntry>();
  const demonyms = new Map<string, string>();
  const organizations = new Map<string, string>();
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [code = '', names = '', dems = '', capital = '', others = ''] = row.split('|');
    for (const p of words(others)) if (!places.has(p)) places.set(p, { kind: 'place', country: code });
    if (capital) places.set(capital, { kind: 'capital', country: code });
    for (const n of words(names)) places.set(n, { kind: 'country', country: code });
    for (const d of words(dems)) demonyms.set(d, code);
  }
  for (const c of words(CITIES)) if (!places.has(c)) places.set(c, { kind: 'place', country: '' });
  for (const r of words(REGIONS)) if (!places.has(r)) places.set(r, { kind: 'place', country: '' });
  for (const d of words(DEMONYMS)) if (!demonyms.has(d)) demonyms.set(d, '');
  for (const [d, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(d, code);
  const acronyms = new Map<string, string>();
  for (const rows of [INTERNATIONAL_ROWS, ARMED_GROUP_ROWS]) {
    for (const row of rows.split('\n')) {
      const vs = words(row);
      const key = 'org:' + (vs.find((v) => v.includes(' ')) ?? vs[0]);
      for (const v of vs) {
        // CAMEO is all capitals: a short form is an acronym, matched only as written in capitals
        // ("LET" is Lashkar-e-Taiba, "Let me" is not)
        const bare = v.replace(/\./g, '');
        if (!v.includes(' ') && bare.length <= 4) {
          if (!acronyms.has(bare.toUpperCase())) acronyms.set(bare.toUpperCase(), key);
        } else if (!organizations.has(v) && !places.has(v)) organizations.set(v, key);
      }
    }
  }
  for (const o of words(ORGANIZATIONS)) if (!organizations.has(o)) organizations.set(o, 'org:' + o);
  return {
    places,
    demonyms,
    organizations,
    acronyms,
    firstNames: new Set(words(FIRST_NAMES)),
    roleNouns: new Set(words(ROLE_NOUNS)),
  };
}

/** The built-in gazetteer: constant data, built once at load (a few milliseconds). */
export const GAZETTEER: Gazetteer = build();

/** The organisation a name as written stands for: "Taliban", "ISIS" (in capitals), or undefined. */
export function organizationKey(text: string, key: string): string | undefined {
  const org = GAZETTEER.organizations.get(key);
  if (org) return org;
  if (/^[\p{Lu}.]+$/u.test(text) || /^\p{Lu}\p{Ll}?\p{Lu}$/u.test(text)) return GAZETTEER.acronyms.get(text.replace(/\./g, '').toUpperCase());
  return undefined;
}

/** Lookup key for a name as written: "Pakistan’s" → "pakistan", "the Taliban" → "taliban". */
export function nameKey(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/'s?$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

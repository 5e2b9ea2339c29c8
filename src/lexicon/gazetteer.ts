// Lookup tables built once from the generated data (see scripts/gen-lexicon.mjs):
// countries with their variants, demonyms, capitals and places; armed groups; international
// organisations; first names and role nouns. Keys are lowercase with "’" as "'".

import { EXTRA_FIRST_NAMES } from './people.js';
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
  // the nouns for a people where they differ from the adjective ("Most Britons", "Swedes")
  briton: 'GBR', swede: 'SWE',
  // regions' adjectives ("the Nordic countries", "Baltic states"): of no one country
  nordic: '', baltic: '', balkan: '', scandinavian: '', andean: '', caucasian: '',
  // languages that are no people's adjective ("he said in Arabic" named a place): of no one country
  arabic: '', hebrew: '', mandarin: '', cantonese: '', swahili: '', urdu: '', farsi: '', pashto: '', dari: '',
  tagalog: '', amharic: '', tigrinya: '', yiddish: '', sanskrit: '', esperanto: '',
  // a people of several countries ("the Arab Spring", "Arab states")
  arab: '',
  // adjectives the data files under another form ("The Swedish chipmaker" named an actor "Swedish")
  swedish: 'SWE', salvadoran: 'SLV', burmese: 'MMR', maldivian: 'MDV',
  soviet: 'SUN', spanish: 'ESP', portuguese: 'PRT', german: 'DEU', french: 'FRA', italian: 'ITA', greek: 'GRC', taiwanese: 'TWN', hongkonger: 'HKG', kyrgyz: 'KGZ', tajik: 'TJK', uzbek: 'UZB', kazakh: 'KAZ',
};

/**
 * AP-style abbreviations of US states, as in a dateline or after a city ("SACRAMENTO, Calif. —",
 * "based in Columbus, Ohio"): abbreviation without its full stop → the state's name.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ala', 'alabama'], ['ariz', 'arizona'], ['ark', 'arkansas'], ['calif', 'california'], ['colo', 'colorado'],
  ['conn', 'connecticut'], ['del', 'delaware'], ['fla', 'florida'], ['ga', 'georgia'], ['ill', 'illinois'],
  ['ind', 'indiana'], ['kan', 'kansas'], ['kans', 'kansas'], ['ky', 'kentucky'], ['la', 'louisiana'],
  ['md', 'maryland'], ['mass', 'massachusetts'], ['mich', 'michigan'], ['minn', 'minnesota'],
  ['miss', 'mississippi'], ['mo', 'missouri'], ['mont', 'montana'], ['neb', 'nebraska'], ['nev', 'nevada'],
  ['okla', 'oklahoma'], ['ore', 'oregon'], ['pa', 'pennsylvania'], ['tenn', 'tennessee'], ['vt', 'vermont'],
  ['va', 'virginia'], ['wash', 'washington'], ['wis', 'wisconsin'], ['wyo', 'wyoming'],
]);

/**
 * International organisations the data lacks, by their usual short forms and names: UN agencies
 * and the Red Cross movement ("The UN agency for Palestinian refugees, UNRWA, said" found no actor:
 * a word of five capitals is no acronym unless a lexicon knows it). Short forms of four letters or
 * fewer match only as written in capitals.
 */
const EXTRA_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['un relief and works agency', 'unrwa'],
  ['un population fund', 'united nations population fund', 'unfpa'],
  ['unaids'],
  ['un conference on trade and development', 'unctad'],
  ['international committee of the red cross', 'icrc'],
  ['international federation of red cross and red crescent societies', 'ifrc'],
  ['organization for security and co-operation in europe', 'organization for security and cooperation in europe', 'osce'],
  // (in capitals only: "who" is a pronoun; see lone.ts)
  ['world health organization', 'who'],
  // the UN agencies wire copy names by their work ("the U.N. migration agency"; organizations.ts UN_AGENCY_DESCRIPTIONS)
  ['international organization for migration', 'international organisation for migration', 'iom'],
  ['international labour organization', 'international labour organisation', 'ilo'],
  ['world meteorological organization', 'world meteorological organisation', 'wmo'],
  ['international civil aviation organization', 'icao'], ['international maritime organization', 'imo'],
  ['office for the coordination of humanitarian affairs', 'un office for the coordination of humanitarian affairs', 'ocha'],
  ['un environment programme', 'united nations environment programme', 'unep'],
  ['un office on drugs and crime', 'united nations office on drugs and crime', 'unodc'],
  ['international telecommunication union', 'international telecommunications union', 'itu'],
  ['food and agriculture organization', 'fao'],
  ['frontex'],
  ['mercosur'],
  // news agencies: "ABUJA, Nigeria (Reuters) —" (a bracketed word after a place is no name by shape)
  ['reuters'],
  ['agence france-presse', 'agence france presse', 'afp'],
  ['xinhua', 'xinhua news agency'],
  ['anadolu agency', 'anadolu', 'anadolu news agency'],
  ['interfax'],
  ['kyodo news', 'kyodo'],
  ['yonhap', 'yonhap news agency'],
  ['press trust of india', 'pti'],
  ['efe'],
  ['dpa'],
  // parties whose names hold no "party" ("Sinn Féin said", "the opposition Law and Justice party")
  ['sinn féin', 'sinn fein'], ['fine gael'], ['fianna fáil', 'fianna fail'], ['law and justice'], ['civic platform'],
  ['civic coalition'], ['likud'], ['fidesz'], ['jobbik'], ['syriza'], ['podemos'], ['ennahda'], ['kuomintang', 'kmt'],
  ['zanu-pf'], ['frelimo'], ['renamo'], ['swapo'], ['african national congress', 'anc'], ['morena'],
  // US tip lines named in most crime stories ("Anyone with information should call Crime Stoppers")
  ['crime stoppers'],
  // banks and brokers named like people ("Morgan Stanley", "Bear Stearns" were persons)
  ['morgan stanley'], ['bear stearns'], ['goldman sachs'], ['merrill lynch'], ['lehman brothers'],
  ['drexel burnham lambert'], ['salomon brothers'], ['shearson lehman hutton'], ['charles schwab'],
  ['wells fargo'], ['societe generale'], ['bnp paribas'], ['credit suisse'], ['paine webber', 'painewebber'],
  ['dean witter'], ['smith barney'], ['kidder peabody'], ['j.p. morgan', 'jpmorgan', 'jpmorgan chase'],
  // agencies and bodies whose names look like a person's or are five capitals ("Cal Fire said" was a
  // person; "The NAACP said" no actor at all)
  ['california department of forestry and fire protection', 'cal fire', 'calfire'], ['caltrans'],
  ['national association for the advancement of colored people', 'naacp'], ['nasdaq'], ['nascar'],
  ['usaid'], ['interpol'],
];

/**
 * Continents, world regions, seas and oceans the data lacks ("trying to reach Europe", "the central
 * Sahel", "the Atlantic route", "the US Midwest" were organisations or people): places of no country.
 */
const EXTRA_PLACES =
  'europe;asia;africa;north america;south america;latin america;central america;middle east;oceania;antarctica;' +
  'west africa;east africa;north africa;southern africa;central africa;horn of africa;sub-saharan africa;sahel;maghreb;' +
  'central asia;south asia;southeast asia;east asia;eastern europe;western europe;central europe;scandinavia;balkans;' +
  'caribbean;midwest;arctic;atlantic;pacific;mediterranean;indian ocean;atlantic ocean;pacific ocean;arctic ocean;' +
  'korea;persian gulf;black sea;red sea;caspian sea;south china sea;east china sea;baltic sea;north sea;aegean sea;gulf of guinea;' +
  // mountain ranges ("fast bends in the Pyrenees")
  'pyrenees;alps;andes;himalayas;himalaya;rocky mountains;appalachians;urals;caucasus;carpathians;atlas mountains;hindu kush;dolomites;apennines;' +
  // compromise's lexicon tags these Place but neither City nor Region, so scripts/gen-lexicon.mjs
  // leaves them out ("a Brooklyn woman", "in the Bronx", "A Baltimore man" were organisations); the
  // ones that are no common surname or word ("Bolton", "Downtown" stay out)
  'baltimore;newark;brooklyn;manhattan;bronx;the bronx;queens;harlem;the hamptons;midtown manhattan;malibu;beverly hills;' +
  'inglewood;clearwater;riverside;rochester;chinatown;koreatown;new england;orange county;great lakes;great britain;' +
  'virgin islands;kensington;greenwich;battersea;lambeth;croydon;tottenham;hampstead;brighton;blackpool;doncaster;' +
  'nottingham;southampton;northampton;ipswich;exeter;norwich;cheltenham;colchester;grimsby;sunderland;tahiti;pompeii;' +
  'ulaanbaatar;krasnoyarsk;yakutsk;magadan;sakhalin;azores;danube;nile;thames;ganges;mekong;yangtze;seine;orinoco;everglades;' +
  // mountains and volcanoes named alone ("an avalanche on Manaslu", "practice for Everest"; BLIND14 A1): the great peaks
  // and the volcanoes in the news that are no person's or company's name ("Olympus", "Fuji", "Rainier" stay out)
  'everest;k2;kangchenjunga;kanchenjunga;lhotse;makalu;cho oyu;dhaulagiri;manaslu;nanga parbat;annapurna;gasherbrum;' +
  'broad peak;shishapangma;ama dablam;nuptse;pumori;himlung;kilimanjaro;aconcagua;denali;elbrus;mont blanc;matterhorn;' +
  'eiger;ararat;toubkal;etna;vesuvius;stromboli;krakatoa;pinatubo;merapi;semeru;sinabung;kilauea;mauna loa;mauna kea;' +
  'popocatepetl;cotopaxi;chimborazo;nyiragongo;eyjafjallajokull;hekla;ruapehu;karakoram;pamirs;rockies';

// US states in two dotted letters ("Charlotte, N.C.", "Albany, N.Y."), which read as an acronym
const DOTTED_STATES = 'n.c.;n.y.;s.c.;n.j.;n.h.;n.m.;n.d.;s.d.;r.i.;w.va.;d.c.';

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

/** Does the key hold a character past ASCII? (A loop: most keys asked are missing ASCII words, and a regex test each cost 3% of a run.) */
function pastAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * A map whose keys are looked up again without their accents when the key as written is missing: the data holds
 * "bogota", "medellin" unaccented, the copy writes "Bogotá", "Medellín" (BLIND14 A5).
 */
class AccentFoldingMap<V> extends Map<string, V> {
  override get(key: string): V | undefined {
    const found = super.get(key);
    if (found !== undefined) return found;
    const spaced = spacedForm(key);
    if (spaced !== key) return this.get(spaced);
    return pastAscii(key) ? super.get(key.normalize('NFD').replace(MARKS, '')) : undefined;
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
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

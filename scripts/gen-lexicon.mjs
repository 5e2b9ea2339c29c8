#!/usr/bin/env node
// Generates src/lexicon/gazetteer.generated.ts from public data:
//  - PETRARCH2/CAMEO actor dictionaries (MIT, Open Event Data Alliance; ../shared/data/cameo,
//    notice kept in src/lexicon/LICENSE.petrarch2): countries with their name variants, demonyms
//    and cities; armed non-state groups; international organisations.
//  - compromise's lexicon (MIT, Spencer Kelly; notice in src/lexicon/LICENSE.compromise): tags
//    that tell a CAMEO synonym's kind (Country, Demonym, City, Region), plus its own lists of
//    cities, regions, organisations, first names and role nouns.
// Usage: node scripts/gen-lexicon.mjs [CAMEO_DIR]   (default ../shared/data/cameo)
// The output is data only; review it as a diff.

import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

const dir = process.argv[2] ?? new URL('../../shared/data/cameo/', import.meta.url).pathname;
const lex = nlp.world().model.one.lexicon;
const tagsOf = (w) => [].concat(lex[w] ?? []);
const hasTag = (w, tag) => tagsOf(w).includes(tag);
const byTag = (tag) => Object.keys(lex).filter((w) => hasTag(w, tag)).sort();

/** "AFGHANISTAN_" → "afghanistan"; "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → ["aden abyan islamic army", "aaia"] */
function variants(raw) {
  let s = raw.replace(/#.*$/, '').trim().replace(/_+$/, '').replace(/_/g, ' ').trim();
  const out = [];
  const acr = /\(([A-Z][A-Z.\-]{1,9})\)/.exec(s);
  if (acr) out.push(acr[1].toLowerCase());
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  s = s.replace(/^the /, '').replace(/'/g, "'");
  if (s && !/[+,]/.test(s)) out.push(s);
  return out;
}

/** Blocks: a primary line, its "+" synonyms and its [CODE] lines. */
function readBlocks(file) {
  const blocks = [];
  let cur = null;
  for (const line of readFileSync(dir + file, 'utf8').split(/\r?\n/)) {
    if (/^\s*#/.test(line) || !line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]\s]*)[^\]]*\]/g)].map((m) => m[1]);
    const name = line.replace(/\[[^\]]*\]/g, '').replace(/#.*$/, '').trim();
    if (/^\s/.test(line) && !name) {
      if (cur) cur.codes.push(...codes);
    } else if (line.startsWith('+')) {
      if (cur) cur.synonyms.push(name.slice(1));
      if (cur) cur.codes.push(...codes);
    } else {
      cur = { primary: name, synonyms: [], codes };
      blocks.push(cur);
    }
  }
  return blocks;
}

const isAcronym = (v) => /^[a-z][a-z.]{1,6}$/.test(v) && v.replace(/\./g, '').length <= 6;

// ---- countries ----
const countries = new Map(); // code -> {names, demonyms, capital, places}
const demonymWords = new Set(byTag('Demonym'));
/** "turkish" for "turkey", "afghan" for "afghanistan": a demonym-shaped word sharing the name's stem */
const demonymOf = (v, names) =>
  demonymWords.has(v) ||
  (/^[a-z]+(?:ian|ese|ish|i|an)$/.test(v) && names.some((n) => n.length > 4 && v.slice(0, 4) === n.slice(0, 4)) && !hasTag(v, 'City'));
for (const b of readBlocks('Phoenix.Countries.actors.txt')) {
  const code = b.codes.find((c) => /^[A-Z]{3}$/.test(c));
  if (!code) continue;
  const first = !countries.has(code);
  const c = countries.get(code) ?? { names: [], demonyms: [], capital: '', places: [] };
  countries.set(code, c);
  const primary = variants(b.primary)[0];
  if (!primary) continue;
  if (first) c.names.push(primary);
  else c.places.push(primary);
  for (const syn of b.synonyms) {
    for (const v of variants(syn)) {
      if (demonymOf(v, c.names)) c.demonyms.push(v);
      else if (hasTag(v, 'Country') || /^(?:u\.s\.|us|u\.s\.a\.|usa|u\.k\.|uk|uae|u\.a\.e\.|drc|prc)$/.test(v)) c.names.push(v);
      else if (hasTag(v, 'City') || hasTag(v, 'Region') || hasTag(v, 'Place')) {
        if (!c.capital && hasTag(v, 'City')) c.capital = v;
        c.places.push(v);
      } else if (v.includes(' ') || /^[a-z][a-z'-]{3,}$/.test(v)) {
        // unknown to compromise: a city or province ("helmand", "khyber"), or a misspelling,
        // which is harmless: it only ever matches itself
        if (!c.names.some((n) => near(n, v))) c.places.push(v);
      }
    }
  }
}
// Where the first city CAMEO lists is not the seat of government.
const CAPITALS = {
  USA: 'washington', MEX: 'mexico city', BGR: 'sofia', NGA: 'abuja', TUR: 'ankara', CMR: 'yaounde', TCD: "n'djamena",
  CHL: 'santiago', GTM: 'guatemala city', LBR: 'monrovia', MDG: 'antananarivo', NIC: 'managua', NER: 'niamey',
  PAN: 'panama city', PSE: 'ramallah', RWA: 'kigali', SGP: 'singapore', TTO: 'port of spain', ZMB: 'lusaka',
  ZWE: 'harare', AUS: 'canberra', BOL: 'la paz', CAN: 'ottawa', VNM: 'hanoi', MMR: 'naypyidaw', TZA: 'dodoma',
  GMB: 'banjul', CHE: 'bern', LKA: 'colombo', PHL: 'manila', IRQ: 'baghdad', UKR: 'kyiv', ISR: 'jerusalem',
  BRA: 'brasilia', IND: 'new delhi', ZAF: 'pretoria', CIV: 'yamoussoukro', DEU: 'berlin', MAR: 'rabat', SOM: 'mogadishu',
  YEM: 'sanaa', SDN: 'khartoum', SSD: 'juba', ETH: 'addis ababa', KEN: 'nairobi', UGA: 'kampala', LBY: 'tripoli',
  MLI: 'bamako', BFA: 'ouagadougou', SEN: 'dakar', GHA: 'accra', COD: 'kinshasa', AGO: 'luanda', MOZ: 'maputo',
  NPL: 'kathmandu', BGD: 'dhaka', AFG: 'kabul', PAK: 'islamabad', IRN: 'tehran', SYR: 'damascus', LBN: 'beirut',
  JOR: 'amman', SAU: 'riyadh', QAT: 'doha', KWT: 'kuwait city', OMN: 'muscat', ARE: 'abu dhabi', EGY: 'cairo',
  RUS: 'moscow', CHN: 'beijing', JPN: 'tokyo', KOR: 'seoul', PRK: 'pyongyang', TWN: 'taipei', GBR: 'london',
  FRA: 'paris', ITA: 'rome', ESP: 'madrid', POL: 'warsaw', BLR: 'minsk', GEO: 'tbilisi', ARM: 'yerevan', AZE: 'baku',
  KAZ: 'astana', UZB: 'tashkent', TJK: 'dushanbe', KGZ: 'bishkek', TKM: 'ashgabat', SRB: 'belgrade', HUN: 'budapest',
};
for (const [code, city] of Object.entries(CAPITALS)) {
  const c = countries.get(code);
  if (c) c.capital = city;
}
// A name two countries share ("korea", "guinea") names neither.
const seen = new Map();
for (const [code, c] of countries) for (const n of c.names) seen.set(n, seen.has(n) && seen.get(n) !== code ? '' : code);
for (const c of countries.values()) c.names = c.names.filter((n) => seen.get(n) !== '');

/** Misspellings of a country name: same first letter and length within 2, most letters shared. */
function near(a, b) {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  let same = 0;
  for (const ch of new Set(a)) if (b.includes(ch)) same++;
  return same >= new Set(a).size - 1;
}

// Canonical short names where CAMEO's primary is the formal one ("RUSSIAN_FEDERATION").
const PREFERRED = { RUS: 'russia', USA: 'united states', ZAF: 'south africa', TZA: 'tanzania', MDG: 'madagascar', BRN: 'brunei', GBR: 'united kingdom' };
for (const [code, name] of Object.entries(PREFERRED)) {
  const c = countries.get(code);
  if (c && !c.names.includes(name)) c.names.unshift(name);
  else if (c) c.names = [name, ...c.names.filter((n) => n !== name)];
}

// ---- armed groups and international organisations ----
const ORG_WORD = /\b(?:army|front|movement|brigades?|organi[sz]ation|party|council|group|league|union|jihad|mujahideen|state|forces?|committee|federation|association|agency|fund|bank|court|commission|alliance|program(?:me)?|institute|assembly|office|foundation|network|tigers|guerrillas|battalions?|corps|legion|jamaat|hizb|harakat|lashkar|jaish|tehrik|tehreek)\b/;
const firstNames = new Set([...byTag('MaleName'), ...byTag('FemaleName'), ...byTag('FirstName')]);
const personLike = (v) => firstNames.has(v.split(/[ -]/)[0]) || /^(?:abu|al)[ -]\w+$/.test(v);
const countryNames = new Set([...countries.values()].flatMap((c) => [...c.names, ...c.demonyms]));
const groupOk = (v) =>
  (ORG_WORD.test(v) || isAcronym(v) || !v.includes(' ')) && !personLike(v) && /^[a-z]/.test(v) && v.replace(/\./g, '').length > 2 && !countryNames.has(v);

const groups = [];
for (const b of readBlocks('Phoenix.MilNonState.actors.txt')) {
  const vs = [b.primary, ...b.synonyms].flatMap(variants).filter(groupOk);
  if (vs.length) groups.push([...new Set(vs)]);
}
// Groups coded inside the countries file ("THE_ISLAMIC_STATE" +ISIS +ISIL +DAESH: [IMGMUSISI])
for (const b of readBlocks('Phoenix.Countries.actors.txt')) {
  if (!b.codes.some((c) => /^(?:[A-Z]{3}(?:REB|INS)|IMG[A-Z]*)$/.test(c))) continue;
  const head = variants(b.primary)[0];
  if (!head || !groupOk(head) || !(ORG_WORD.test(head) || !head.includes(' '))) continue;
  const vs = [b.primary, ...b.synonyms].flatMap(variants).filter((v) => groupOk(v) && (ORG_WORD.test(v) || isAcronym(v) || /^[a-z']+$/.test(v)));
  if (vs.length) groups.push([...new Set(vs)]);
}

const internationals = [];
for (const b of readBlocks('Phoenix.International.actors.txt')) {
  const igo = b.codes.some((c) => c.startsWith('IGO'));
  if (!igo && !b.codes.some((c) => c.startsWith('NGO'))) continue;
  const vs = [b.primary, ...b.synonyms].flatMap(variants).filter((v) => (ORG_WORD.test(v) || isAcronym(v) || /^(?:united nations|nato|red cross|unicef|unesco|asean|opec)$/.test(v)) && !personLike(v));
  // the many small NGOs are found by their name's shape ("… Foundation"); keep those known by two names
  if (vs.length && (igo || vs.length > 1)) internationals.push([...new Set(vs)]);
}

// ---- compromise lists ----
const known = new Set([...countries.values()].flatMap((c) => [...c.names, ...c.demonyms, ...c.places]));
const cities = byTag('City').filter((w) => !known.has(w));
const regions = byTag('Region').filter((w) => !known.has(w));
const orgs = byTag('Organization').filter((w) => w.length > 3 && !/^(?:dept|univ|assn)$/.test(w));
const demonyms = byTag('Demonym');
const roleNouns = byTag('Actor').filter((w) => /^[a-z-]+$/.test(w));

// CAMEO noise that would match ordinary words
const NOISE = new Set(['country', 'jersey', 'graveyard of empires']);
for (const c of countries.values()) for (const k of ['names', 'places']) c[k] = c[k].filter((v) => !NOISE.has(v));
const countryRows = [...countries.entries()]
  .filter(([, c]) => c.names.length)
  .map(([code, c]) => [code, [...new Set(c.names)].join(';'), [...new Set(c.demonyms)].join(';'), c.capital, [...new Set(c.places)].filter((p) => p !== c.capital).join(';')].join('|'));

const q = (s) => JSON.stringify(s);
const out = `// GENERATED by scripts/gen-lexicon.mjs — do not edit; rerun the script.
// Sources: PETRARCH2/CAMEO actor dictionaries (MIT, (c) 2014 Open Event Data Alliance; see
// LICENSE.petrarch2) and compromise's lexicon (MIT, (c) Spencer Kelly; see LICENSE.compromise).
// Lists are ';'-separated lowercase names; rows are '\\n'-separated.

/** CODE|names|demonyms|capital|other places (cities, provinces) */
export const COUNTRY_ROWS = ${q(countryRows.join('\n'))};
/** one armed group a row: its names and acronyms */
export const ARMED_GROUP_ROWS = ${q(groups.map((g) => g.join(';')).join('\n'))};
/** one international organisation a row: its names and acronyms */
export const INTERNATIONAL_ROWS = ${q(internationals.map((g) => g.join(';')).join('\n'))};
export const CITIES = ${q(cities.join(';'))};
export const REGIONS = ${q(regions.join(';'))};
export const ORGANIZATIONS = ${q(orgs.join(';'))};
export const DEMONYMS = ${q(demonyms.join(';'))};
export const FIRST_NAMES = ${q([...firstNames].sort().join(';'))};
export const ROLE_NOUNS = ${q(roleNouns.join(';'))};
`;
const target = new URL('../src/lexicon/gazetteer.generated.ts', import.meta.url);
writeFileSync(target, out);
console.error(`gen-lexicon: ${countryRows.length} countries, ${groups.length} armed groups, ${internationals.length} international organisations, ${cities.length} cities, ${regions.length} regions, ${orgs.length} organisations, ${firstNames.size} first names; ${out.length} bytes`);

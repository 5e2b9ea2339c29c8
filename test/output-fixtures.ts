// Hand-built Results for the output tests: the stages are built in parallel, so the
// renderers are tested on trees written here against OUTPUT.md, with true spans.

import type { Actor, Casualty, Claim, DateMention, Mention, Quote, Result, SourceRef, TextSpan } from '../src/types.js';

/** A span of `needle` in `text` (its nth occurrence, after `from`). */
export function spanOf(text: string, needle: string, nth = 0, from = 0): TextSpan {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  return { start: at, end: at + needle.length, text: needle };
}

function base(text: string, path: string): Result {
  return {
    schemaVersion: 1,
    source: { path, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text), chars: text.length, text },
    referenceDate: '2025-10-28',
    title: null,
    actors: [],
    dates: [],
    casualties: [],
    quotes: [],
    claims: [],
    warnings: [],
  };
}

/** An invented flood story: a date inside a quote, an actor inside a quote, a hedged claim, a pronoun speaker. */
export const FLOOD_TEXT = [
  'River Floods Leave Lakeport Counting Losses',
  '',
  'At least 12 people were killed when the Sava river burst its banks on March 3, officials in Lakeport said on Tuesday.',
  '',
  'Mayor Ana Ruiz said the city “will rebuild by March 3 next year, whatever the Lakeport council decides.” She added that aid could arrive within a week.',
  '',
  'According to the Red Cross, dozens of families were displaced.',
  '',
  'Shelling wounded soldiers and civilians on both banks.',
].join('\n');

export function floodResult(): Result {
  const t = FLOOD_TEXT;
  const r = base(t, 'fixtures/flood.txt');
  r.title = 'River Floods Leave Lakeport Counting Losses';
  const m = (needle: string, rule: string, nth = 0): Mention => ({ ...spanOf(t, needle, nth), rule });
  const actor = (id: string, name: string, type: Actor['type'], mentions: Mention[], extra: Partial<Actor> = {}): Actor => ({
    id, name, type, aliases: [], roles: [], affiliation: null, mentions, rule: `actors/${type}-lexicon`, ...extra,
  });
  r.actors = [
    actor('A1', 'Lakeport', 'location', [m('Lakeport', 'actors/place-lexicon', 0), m('Lakeport', 'actors/place-lexicon', 1), m('Lakeport', 'actors/place-lexicon', 2)]),
    actor('A2', 'officials', 'unnamed', [m('officials', 'actors/unnamed-source')], { affiliation: 'A1' }),
    actor('A3', 'Ana Ruiz', 'person', [m('Ana Ruiz', 'actors/title-name'), m('She', 'quotes/pronoun-speaker')], { roles: ['Mayor'], aliases: ['Ruiz'] }),
    actor('A4', 'Red Cross', 'organization', [m('Red Cross', 'actors/org-lexicon')]),
  ];
  const date = (id: string, needle: string, type: DateMention['type'], value: string, nth = 0): DateMention => ({
    id, ...spanOf(t, needle, nth), type, value, mod: null, rule: `dates/${type.toLowerCase()}`,
  });
  r.dates = [
    date('D1', 'March 3', 'DATE', '2025-03-03'),
    date('D2', 'Tuesday', 'DATE', '2025-10-28'),
    date('D3', 'March 3 next year', 'DATE', '2026-03-03'),
    date('D4', 'within a week', 'DURATION', 'P1W'),
  ];
  r.dates[3]!.mod = 'LESS_THAN';
  const killed: Casualty = {
    id: 'K1', ...spanOf(t, 'At least 12 people were killed'), kind: 'killed',
    count: { min: 12, max: null, approximate: false, text: 'At least 12' },
    victims: spanOf(t, 'people'), actors: [], dates: ['D1'], rule: 'casualty/number-victims-passive',
  };
  const displaced: Casualty = {
    id: 'K2', ...spanOf(t, 'dozens of families were displaced'), kind: 'displaced',
    count: { min: 24, max: null, approximate: true, text: 'dozens' },
    victims: spanOf(t, 'families'), actors: [], dates: [], rule: 'casualty/number-victims-passive',
  };
  const unnumbered: Casualty = {
    id: 'K3', ...spanOf(t, 'wounded soldiers and civilians'), kind: 'wounded',
    count: { min: null, max: null, approximate: false, text: '' },
    victims: spanOf(t, 'soldiers and civilians'), actors: [], dates: [], rule: 'casualty/verb-victims',
  };
  r.casualties = [killed, displaced, unnumbered];
  const ruiz: SourceRef = { ...spanOf(t, 'Mayor Ana Ruiz'), actor: 'A3' };
  const quote: Quote = {
    id: 'Q1', ...spanOf(t, 'will rebuild by March 3 next year, whatever the Lakeport council decides.'),
    speaker: ruiz, cue: spanOf(t, 'said', 1), kind: 'full', rule: 'quotes/speaker-cue-quote',
  };
  r.quotes = [quote];
  const claim = (id: string, content: string, sentence: number, kind: Claim['kind'], source: SourceRef | null, cue: TextSpan | null, extra: Partial<Claim> = {}): Claim => ({
    id, ...spanOf(t, content), sentence, kind, source, cue, hedged: false,
    actors: [], dates: [], casualties: [], quotes: [], rule: `claims/${kind}`, ...extra,
  });
  r.claims = [
    claim('C1', 'At least 12 people were killed when the Sava river burst its banks on March 3', 1, 'reported',
      { ...spanOf(t, 'officials'), actor: 'A2' }, spanOf(t, 'said', 0), { casualties: ['K1'], dates: ['D1'], actors: ['A2'] }),
    claim('C2', quote.text, 2, 'quote', ruiz, quote.cue, { quotes: ['Q1'], dates: ['D3'], actors: ['A1'] }),
    claim('C3', 'aid could arrive within a week', 3, 'reported', { ...spanOf(t, 'She'), actor: 'A3' }, spanOf(t, 'added'), { hedged: true, dates: ['D4'] }),
    claim('C4', 'dozens of families were displaced', 4, 'reported', { ...spanOf(t, 'Red Cross'), actor: 'A4' }, spanOf(t, 'According to'), { casualties: ['K2'] }),
  ];
  r.warnings = [{ code: 'ambiguous-speaker', message: 'two people could have said this', start: 0, end: 5 }];
  return r;
}

/** Nothing found: no title, no items. */
export function emptyResult(): Result {
  return { ...base('Nothing to see.', '-'), referenceDate: null };
}

/** Text that must never be interpreted: markup, terminal escapes, wide characters, an endless word. */
export const HOSTILE_TEXT = 'Officials said <script>alert("x")</script> & <b>bold</b> \u001b]0;pwned\u0007 ok. 東京で記者会見 😀 ' + 'x'.repeat(150);

export function hostileResult(): Result {
  const t = HOSTILE_TEXT;
  const r = base(t, 'hostile <img src=x>.txt');
  r.title = '<script>alert("title")</script>';
  r.actors = [{
    id: 'A1', name: '<script>', type: 'organization', aliases: [], roles: ['東京 correspondent'], affiliation: null,
    mentions: [{ ...spanOf(t, '<script>'), rule: 'actors/org-lexicon' }], rule: 'actors/org-lexicon',
  }];
  r.claims = [{
    id: 'C1', ...spanOf(t, t.slice(t.indexOf('<script>'))), sentence: 0, kind: 'reported',
    source: { ...spanOf(t, 'Officials'), actor: null }, cue: spanOf(t, 'said'), hedged: false,
    actors: ['A1'], dates: [], casualties: [], quotes: [], rule: 'claims/reported',
  }];
  return r;
}

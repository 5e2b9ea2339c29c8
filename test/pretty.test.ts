// The terminal view: fits the width, colours only when asked, marks hedged claims,
// shows rule ids with --explain, and never lets article text drive the terminal.

import { describe, expect, it } from 'vitest';
import { formatBounds } from '../src/output/describe.js';
import type { RenderOptions } from '../src/output/index.js';
import { renderPretty } from '../src/output/pretty.js';
import { flow } from '../src/output/pretty/layout.js';
import { displayWidth, stripAnsi, truncate } from '../src/output/pretty/width.js';
import type { Count } from '../src/types.js';
import { emptyResult, floodResult, hostileResult } from './output-fixtures.js';

const FIXTURES = { flood: floodResult, empty: emptyResult, hostile: hostileResult };
const options = (o: Partial<RenderOptions> = {}): RenderOptions => ({ compact: false, color: false, explain: false, width: 80, ...o });
const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('displayWidth counts terminal cells', () => {
  it.each([
    ['plain', 'abc', 3],
    ['CJK characters are two cells', '東京', 4],
    ['a combining accent takes none', 'e\u0301', 1],
    ['an emoji is two cells', '😀', 2],
    ['ANSI codes take none', '\u001b[1mab\u001b[22m', 2],
    ['typographic quotes and dashes are one cell', '“a” — ≥', 7],
  ])('%s', (_name, text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });
});

describe('truncate cuts with an ellipsis', () => {
  it.each([
    ['Khawaja Asif', 20, 'Khawaja Asif'],
    ['Khawaja Asif', 8, 'Khawaja…'],
    ['東京で記者会見', 5, '東京…'],
  ])('%s in %i cells → %s', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('flow wraps words with a hanging indent', () => {
  it('breaks between words and indents following lines', () => {
    expect(flow([{ text: 'one two three four' }], { width: 14, indent: 2, hang: 4 })).toEqual(['  one two', '    three four']);
  });
  it('breaks a word wider than the line', () => {
    expect(flow([{ text: 'x'.repeat(12) }], { width: 10, indent: 0, hang: 0 })).toEqual(['x'.repeat(10), 'xx']);
  });
  it('ends with an ellipsis past its line budget', () => {
    expect(flow([{ text: 'one two three four five' }], { width: 10, indent: 0, hang: 0, maxLines: 2 })).toEqual(['one two', 'three fou…']);
  });
  it('keeps a padded column whole', () => {
    expect(flow([{ text: 'P1W   ', whole: true }, { text: ' a week' }], { width: 40, indent: 0, hang: 0 })).toEqual(['P1W    a week']);
  });
});

describe('formatBounds shows a count by its bounds', () => {
  const count = (min: number | null, max: number | null): Count => ({ min, max, approximate: false, text: '' });
  it.each([
    ['more than two dozen', count(25, null), '≥ 25'],
    ['12', count(12, 12), '12'],
    ['between 10 and 15', count(10, 15), '10–15'],
    ['fewer than 5', count(null, 5), '≤ 5'],
    ['no number given', count(null, null), '?'],
  ])('%s → %s', (_text, c, expected) => {
    expect(formatBounds(c)).toBe(expected);
  });
});

describe.each(Object.entries(FIXTURES))('the %s result', (_name, build) => {
  it.each([24, 40, 60, 80, 132])('never exceeds %i columns, with or without colour and rule ids', (width) => {
    for (const color of [false, true]) {
      for (const explain of [false, true]) {
        const out = renderPretty(build(), options({ width, color, explain }));
        const tooWide = lines(out).filter((l) => displayWidth(l) > width);
        expect(tooWide, `color=${color} explain=${explain}`).toEqual([]);
      }
    }
  });

  it('has no escape codes with colour off and has them with colour on', () => {
    expect(renderPretty(build(), options({ color: false }))).not.toMatch(/\u001b/);
    expect(renderPretty(build(), options({ color: true }))).toMatch(/\u001b\[\d+m/);
  });

  it('says the same with colour on as with it off', () => {
    expect(stripAnsi(renderPretty(build(), options({ color: true })))).toBe(renderPretty(build(), options()));
  });
});

describe('what the pretty view says', () => {
  const out = renderPretty(floodResult(), options());

  it.each([
    ['the title', 'River Floods Leave Lakeport Counting Losses'],
    ['the reference date', 'reference date 2025-10-28'],
    ['an actor with roles, aliases and mention count', '2× Ana Ruiz — Mayor · aka Ruiz'],
    ['an unnamed source with its affiliation', '1× officials · of Lakeport'],
    ['a casualty lower bound with its victims and date', '≥ 12 killed — people (“At least 12”) · 2025-03-03'],
    ['an approximate figure', '≥ 24 displaced — families (“dozens”, approx.)'],
    ['a date modifier', '< P1W'],
    ['a figure with no number', 'wounded, no figure — soldiers and civilians'],
    ['a reported claim as source — cue — content', '• officials — said — At least 12 people'],
    ['a hedged claim, marked', '? Ana Ruiz — added — aid could arrive within a week (hedged)'],
    ['a direct quote in quotation marks', '• Ana Ruiz — said — “will rebuild'],
    ['a warning', '! ambiguous-speaker @0: two people could have said this'],
  ])('%s', (_what, expected) => {
    expect(out).toContain(expected);
  });

  it('orders the timeline by value, undatable values last', () => {
    const order = ['2025-03-03', '2025-10-28', '2026-03-03', '< P1W'].map((v) => out.indexOf(`  ${v}`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('groups actors by type', () => {
    const order = ['People', 'Organisations', 'Places', 'Unnamed sources'].map((h) => out.indexOf(`  ${h}\n`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows each rule id only with explain', () => {
    const result = floodResult();
    const explained = renderPretty(result, options({ explain: true, width: 200 }));
    const rules = [...result.actors, ...result.dates, ...result.casualties, ...result.claims].map((i) => `[${i.rule}]`);
    for (const rule of rules) {
      expect(explained).toContain(rule);
      expect(out).not.toContain(rule);
    }
  });

  it('keeps terminal controls in the article out of the terminal', () => {
    const hostile = renderPretty(hostileResult(), options());
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(hostile).toContain('<script>');
  });

  it('says when nothing was found', () => {
    const empty = renderPretty(emptyResult(), options());
    expect(empty).toContain('(no title)');
    expect(empty).toContain('reference date unknown · stdin');
    expect(empty).toContain('Claims (0)');
  });
});

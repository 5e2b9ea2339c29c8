// The HTML page without a browser: nesting of crossing spans, escaping, no external
// references, the claims panel, the batch index, and where the article text comes from.

import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderIndex } from '../src/output/html.js';
import { collectMarks } from '../src/output/html/marks.js';
import { renderMarked, type Mark } from '../src/output/html/nest.js';
import { loadFormat } from '../src/output/index.js';
import { emptyResult, floodResult, hostileResult } from './output-fixtures.js';

const mark = (start: number, end: number, name: string, depth = 0): Mark => ({ start, end, depth, tag: 'b', attrs: { id: name } });

describe('renderMarked nests spans, whatever they do', () => {
  it.each<[string, string, Mark[], string]>([
    ['no marks', 'a<b', [], 'a&lt;b'],
    ['one mark', 'said Asif', [mark(5, 9, 'x')], 'said <b id="x">Asif</b>'],
    ['a date inside a quote', 'on Oct 19 now', [mark(0, 13, 'q'), mark(3, 9, 'd')], '<b id="q">on <b id="d">Oct 19</b> now</b>'],
    ['crossing spans: the second is split and continued', 'abcdefgh', [mark(0, 5, 'a'), mark(3, 8, 'b')],
      '<b id="a">abc<b id="b">de</b></b><b id="b" data-cont="">fgh</b>'],
    ['equal spans: the lower depth outside', 'Kabul', [mark(0, 5, 'inner', 5), mark(0, 5, 'outer', 1)], '<b id="outer"><b id="inner">Kabul</b></b>'],
    ['same start: the longer outside', 'Khawaja Asif', [mark(0, 7, 'first'), mark(0, 12, 'full')], '<b id="full"><b id="first">Khawaja</b> Asif</b>'],
    ['adjacent spans stay siblings', 'abcd', [mark(0, 2, 'l'), mark(2, 4, 'r')], '<b id="l">ab</b><b id="r">cd</b>'],
    ['empty and out-of-range marks are dropped', 'abc', [mark(1, 1, 'e'), mark(2, 9, 'o'), mark(-1, 2, 'n')], 'abc'],
    ['markup in the text is escaped inside marks', '<i>x</i>', [mark(0, 3, 't')], '<b id="t">&lt;i&gt;</b>x&lt;/i&gt;'],
  ])('%s', (_name, text, marks, expected) => {
    expect(renderMarked(text, marks)).toBe(expected);
  });

  it('keeps the text intact under any marks', () => {
    const text = 'Pakistan & Afghanistan <talks> "stumble"';
    const marks = [mark(0, 8, 'a'), mark(4, 20, 'b'), mark(11, 40, 'c'), mark(23, 30, 'd'), mark(5, 6, 'e')];
    const html = renderMarked(text, marks);
    const plain = html.replace(/<[^>]{0,200}>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(plain).toBe(text);
    const opens = (html.match(/<b /g) ?? []).length;
    expect((html.match(/<\/b>/g) ?? []).length).toBe(opens);
  });
});

describe('section headings are styled: a short capitalised line alone between blank lines', () => {
  const headings = (text: string) =>
    collectMarks(emptyResult(), text).filter((m) => m.attrs.class === 'subhead').map((m) => text.slice(m.start, m.end));
  it.each<[string, string, string[]]>([
    ['a heading between paragraphs', 'Talks stall.\n\nA Fraught Relationship\n\nPakistan once served.', ['A Fraught Relationship']],
    ['CRLF line ends and surrounding spaces', 'Talks stall.\r\n\r\n  Diplomacy Falters \r\n\r\nChina mediates.', ['Diplomacy Falters']],
    ['the last line', 'Talks stall.\n\nUnintended Consequences', ['Unintended Consequences']],
  ])('%s', (_name, text, expected) => {
    expect(headings(text)).toEqual(expected);
  });
  it.each<[string, string]>([
    ['a one-line paragraph that ends a sentence', 'Talks stall.\n\nPakistan has not disclosed its delegation.\n\nMore.'],
    ['a line inside a paragraph', 'Talks stall\nA Fraught Relationship\nmore text.'],
    ['a lead-in ending with a colon', 'Talks stall.\n\nThe demands were these:\n\nFirst.'],
    ['a lowercase line', 'Talks stall.\n\nand then nothing\n\nMore.'],
    ['a dateline ending with a dash', 'ISLAMABAD, Oct 28 (Reuters) -\n\nTalks stall.'],
  ])('not %s', (_name, text) => {
    expect(headings(text)).toEqual([]);
  });
});

describe('the article page', () => {
  const html = renderHtml(floodResult());

  it('is registered as the html format with an index page', async () => {
    const format = await loadFormat('html');
    expect(format.extension).toBe('html');
    expect(format.renderIndex).toBeTypeOf('function');
    expect(format.render(floodResult(), { compact: false, color: false, explain: false, width: 80 })).toBe(html);
  });

  it('fetches nothing: no external sources, and a policy that forbids them', () => {
    expect(html).not.toMatch(/\s(src|href)=|@import|url\(|@font-face/i);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('marks each category with ids in data attributes', () => {
    expect(html).toContain('data-mention="A3.0"');
    expect(html).toContain('data-date="D3"');
    expect(html).toContain('data-casualty="K1"');
    expect(html).toContain('data-quote="Q1"');
    expect(html).toContain('data-claim="C2"');
  });

  it('gives each highlight a title with its normalised value, speaker or actor', () => {
    expect(html).toMatch(/data-date="D3"[^>]*title="D3 · DATE 2026-03-03/);
    expect(html).toMatch(/data-quote="Q1" title="Q1 · full quote · speaker: Ana Ruiz · cue: said/);
    expect(html).toMatch(/data-mention="A3.1" title="A3 · Ana Ruiz \(person\) · Mayor/);
    expect(html).toMatch(/data-casualty="K1" title="K1 · ≥ 12 killed — people/);
  });

  it('lists claims grouped by source, the article’s own voice last', () => {
    const panel = html.slice(html.indexOf('<aside'));
    const order = ['officials', 'Ana Ruiz', 'Red Cross'].map((s) => panel.indexOf(`<h3>${s} `));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(panel).toContain('data-target="C3"');
    expect(panel).toMatch(/data-target="C3"[^]*?hedged/);
  });

  it('shows an article containing <script> as text', () => {
    const page = renderHtml(hostileResult());
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>');
    expect(page).toContain('hostile &lt;img src=x&gt;.txt');
    expect(page.match(/<script/g)).toHaveLength(1); // the page's own
    expect(page).not.toContain('<b>bold</b>');
  });

  it('keeps paragraphs: the text is rendered with white-space: pre-wrap', () => {
    expect(html).toMatch(/\.article \{ white-space: pre-wrap;/);
    expect(html).toContain('Tuesday</mark>.\n\nMayor ');
  });
});

describe('where the article text comes from', () => {
  const text = 'Officials said 3 people were killed.';
  const sha256 = createHash('sha256').update(text).digest('hex');
  const dir = mkdtempSync(join(tmpdir(), 'extract-html-'));
  const path = join(dir, 'a.txt');
  writeFileSync(path, text);
  const withoutText = (sha: string, p = path) => {
    const r = emptyResult();
    r.source = { path: p, sha256: sha, bytes: text.length, chars: text.length };
    return r;
  };

  it('reads the file again when its SHA-256 matches', () => {
    expect(renderHtml(withoutText(sha256))).toContain('<div class="article">Officials said 3 people were killed.</div>');
  });

  it('refuses a file that changed, and says so', () => {
    const page = renderHtml(withoutText('f'.repeat(64)));
    expect(page).not.toContain('class="article"');
    expect(page).toContain('The article text is not available');
  });

  it('says so for stdin', () => {
    expect(renderHtml(withoutText(sha256, '-'))).toContain('The article text is not available');
  });
});

describe('the batch index page', () => {
  const flood = floodResult();
  const hostile = hostileResult();
  const index = renderIndex([
    { href: 'flood.html', result: flood },
    { href: 'sub dir/hostile #1.html', result: hostile },
  ]);

  it('links every article, paths encoded and text escaped', () => {
    expect(index).toContain('<a href="flood.html">River Floods Leave Lakeport Counting Losses</a>');
    expect(index).toContain('<a href="sub%20dir/hostile%20%231.html">&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</a>');
    expect(index).not.toMatch(/<script/);
  });

  it('gives each article its counts: actors, dates, casualties, quotes, claims, warnings', () => {
    const row = index.slice(index.indexOf('flood.html'), index.indexOf('</tr>', index.indexOf('flood.html')));
    const counts = [...row.matchAll(/<td class="n">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(counts).toEqual([4, 4, 3, 1, 4, 1]);
  });
});

// HTML pages: the article's text (Readability over linkedom), its headline and its
// publication date from the metadata; offsets in the output refer to source.text.

import { describe, expect, it } from 'vitest';
import { blockText, extractHtml } from '../src/input/html.js';
import { parseHTML } from 'linkedom';
import { falseSpans, schemaErrors } from './helpers/check.js';
import { folder, run } from './helpers/run-cli.js';
import { join } from 'node:path';

const BODY = `
<p>Heavy rain on Thursday forced more than 4,000 people from their homes in the northern province, regional officials said, as rivers burst their banks for the second time this month.</p>
<p>“We have never seen water rise this fast,” said Marta Keller, the deputy governor, speaking at an emergency shelter in the town of Aldbrook. At least three people were killed and 17 injured, according to the provincial health office.</p>
<p>The national weather service said more rain was likely over the weekend and warned that levees along the lower valley could fail.<br>Schools in six districts will stay closed until Monday.</p>
<script>var ad = "<p>Buy now</p>";</script>
<p>Relief agencies said they had distributed food and blankets to about 1,200 families, but that access to some villages remained cut off by landslides.</p>`;

function page(head: string, body = BODY): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>
<nav><a href="/">Front page</a> <a href="/world">World</a></nav>
<article><h1>Flooding Forces Thousands From Homes</h1>${body}</article>
<aside><p>Most read: Ten recipes for spring</p></aside><footer><p>© 2025 The Riverside Courier</p></footer></body></html>`;
}

describe('extractHtml', () => {
  it('keeps the article paragraphs, drops navigation, asides, footers and scripts', () => {
    const { text } = extractHtml(page('<title>Flooding | Courier</title>'));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('Flooding Forces Thousands From Homes'); // the article's own <h1> leads
    expect(paragraphs).toContain('Schools in six districts will stay closed until Monday.'); // <br> ends a line
    expect(text).toContain('“We have never seen water rise this fast,” said Marta Keller');
    for (const junk of ['Front page', 'World', 'Most read', '© 2025', 'Buy now', 'var ad']) expect(text).not.toContain(junk);
  });

  it.each([
    ['og:title first', '<title>Page | Site</title><meta property="og:title" content="The Headline">', 'The Headline'],
    ['then Readability\'s title', '<title>Flooding Forces Thousands From Homes | The Courier</title>', 'Flooding Forces Thousands From Homes'],
    ['whitespace collapsed', '<meta property="og:title" content="  Two\n  lines ">', 'Two lines'],
  ])('takes the title: %s', (_, head, title) => {
    expect(extractHtml(page(head)).title).toBe(title);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-03-14T23:30:00-05:00">', '2025-03-14'],
    ['JSON-LD in an @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-12-01T10:00:00Z"}]}</script>', '2024-12-01'],
    ['JSON-LD in an array, after a broken block', '<script type="application/ld+json">{oops</script><script type="application/ld+json">[{"datePublished":"2024-02-29"}]</script>', '2024-02-29'],
    ['meta itemprop', '<meta itemprop="datePublished" content="2023-07-04">', '2023-07-04'],
    ['no date', '<meta property="article:published_time" content="last Tuesday">', null],
  ])('takes the publication date from %s', (_, head, date) => {
    expect(extractHtml(page(head)).publishedDate).toBe(date);
  });

  it('takes <time datetime> when the page has no metadata date', () => {
    const body = `<p><time datetime="2022-05-06T09:00">May 6</time> — ${'Officials met for talks on the dispute. '.repeat(20)}</p>`;
    expect(extractHtml(page('', body)).publishedDate).toBe('2022-05-06');
  });

  it('walks a body nested 20,000 elements deep (a recursive walk overflowed the stack)', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${'<div>'.repeat(20_000)}Officials said 3 people were killed.${'</div>'.repeat(20_000)}</body></html>`);
    expect(blockText(document.body)).toBe('Officials said 3 people were killed.');
  });

  it.each([
    ['nested <div>s', `${'<div>'.repeat(5_000)}Officials said 3 people were killed.`],
    ['unclosed inline tags', `${'<p><b><i>'.repeat(2_000)}Officials said 3 people were killed.`],
    ['nested tables', `${'<table><tr><td>'.repeat(2_000)}Officials said 3 people were killed.`],
  ])('reads a page nested past 200 elements (%s) whole, with a warning, without Readability (minutes on such pages)', (_, inner) => {
    const article = extractHtml(`<!doctype html><html><body><nav>Home</nav>${inner}</body></html>`);
    expect(article.text).toBe('Home\n\nOfficials said 3 people were killed.');
    expect(article.warning?.code).toBe('page-too-deep');
  });

  it('gives no warning for a page of ordinary depth', () => {
    expect(extractHtml(page('<title>Flooding | Courier</title>')).warning).toBeUndefined();
  });

  it('puts the title first when the article text does not start with a headline', () => {
    const { text, title } = extractHtml(page('<meta property="og:title" content="Floods in the North">', BODY).replace(/<h1>.*?<\/h1>/, ''));
    expect(title).toBe('Floods in the North');
    expect(text.startsWith('Floods in the North\n\nHeavy rain on Thursday')).toBe(true);
  });

  it('falls back to the whole body when Readability finds no article', () => {
    const { text, title } = extractHtml('<html><body><p>Short note.</p><p>Second line.</p></body></html>');
    expect(text).toBe('Short note.\n\nSecond line.');
    expect(title).toBeNull();
  });

  // linkedom builds no <html>/<body> around a fragment: these lost their text or threw
  it.each([
    ['<p>Short note.</p><p>Second line.</p>', 'Short note.\n\nSecond line.', null],
    ['<meta property="og:title" content="Big News"><p>Body text.</p>', 'Big News\n\nBody text.', 'Big News'],
    ['<script src="lib.js"></script>', '', null],
    ['<!-- saved --> <html><head><title>X</title></head><body><p>Para one.</p></body></html>', 'X\n\nPara one.', 'X'],
  ])('reads a page that is only a fragment: %j', (html, text, title) => {
    expect(extractHtml(html)).toEqual({ text, title, publishedDate: null });
  });

  it('reads an empty page as empty text', () => {
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('<html></html>').text).toBe('');
  });

  it('turns blocks into paragraphs and collapses whitespace inside them', () => {
    const { document } = parseHTML('<div><h2>A  heading</h2><ul><li>one</li><li>two <b>bold</b>\n words</li></ul>inline <i>tail</i></div>');
    expect(blockText(document)).toBe('A heading\n\none\n\ntwo bold words\n\ninline tail');
  });
});

describe('HTML through the CLI', { timeout: 60_000 }, () => {
  const html = page('<meta property="og:title" content="Flooding Forces Thousands From Homes"><meta property="article:published_time" content="2025-03-14T08:30:00Z">');

  it('prints the extracted text as source.text, with every span true to it', () => {
    const root = folder({ 'page.html': html });
    const r = run([join(root, 'page.html')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result.title).toBe('Flooding Forces Thousands From Homes');
    expect(result.referenceDate).toBe('2025-03-14');
    expect(result.source.bytes).toBe(Buffer.byteLength(html));
    expect(result.source.chars).toBe(result.source.text.length);
    expect(schemaErrors(result)).toEqual([]);
    expect(falseSpans(result, result.source.text)).toEqual([]);
  });

  it('lets --reference-date win over the page date', () => {
    const root = folder({ 'page.htm': html });
    expect(JSON.parse(run([join(root, 'page.htm'), '-r', '2025-10-28']).stdout).referenceDate).toBe('2025-10-28');
  });

  it.each([
    ['sniffed on stdin', [] as string[], true],
    ['forced plain text with --input-format text', ['--input-format', 'text'], false],
  ])('reads a page %s', (_, args, extracted) => {
    const result = JSON.parse(run(['-', ...args], { input: html }).stdout);
    expect(result.source.text === undefined).toBe(!extracted);
    expect(result.title === 'Flooding Forces Thousands From Homes').toBe(extracted);
  });

  it('does not take a .txt article that mentions <html> later for a page', () => {
    const root = folder({ 'a.txt': 'Talks failed.\n\nThe <html> tag was discussed.\n' });
    expect(JSON.parse(run([join(root, 'a.txt')]).stdout).source.text).toBeUndefined();
  });
});

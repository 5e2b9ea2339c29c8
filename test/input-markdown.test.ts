// Markdown articles: the text without its markup (markdown-it, then the HTML path's block
// walker), the headline from a leading "# " heading or the front matter, the date from the
// front matter; offsets in the output refer to source.text.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../src/input/markdown.js';
import { falseSpans, schemaErrors } from './helpers/check.js';
import { folder, run } from './helpers/run-cli.js';
import type { Result } from '../src/types.js';

describe('extractMarkdown: the text', () => {
  it.each([
    ['emphasis', 'Talks were **very** _tense_ and ~~brief~~.', 'Talks were very tense and brief.'],
    ['a link keeps its words', 'The [city council](https://example.com/council) said so.', 'The city council said so.'],
    ['an image goes', 'Rain fell. ![A flooded street](flood.jpg)', 'Rain fell.'],
    ['an autolink keeps the address', 'See <https://example.com>.', 'See https://example.com.'],
    ['a code span keeps its text', 'The `--force` flag was used.', 'The --force flag was used.'],
    ['escapes', 'It cost \\*only\\* $4.', 'It cost *only* $4.'],
    ['inline HTML', 'He was <em>not</em> there.<br>She was.', 'He was not there.\n\nShe was.'],
    ['entities', 'Smith &amp; Sons said &ldquo;no&rdquo;.', 'Smith & Sons said “no”.'],
    ['lines of one paragraph join', 'The mayor said\nthe wall held.', 'The mayor said the wall held.'],
    ['headings are paragraphs', 'Text.\n\n## What happens next\n\nMore text.', 'Text.\n\nWhat happens next\n\nMore text.'],
    ['list items are paragraphs', '- At least 12 people were injured.\n- Two people died.', 'At least 12 people were injured.\n\nTwo people died.'],
    ['a quotation block', '> "We did everything we could," said **Mayor Ellen Park**.', '"We did everything we could," said Mayor Ellen Park.'],
    ['a thematic break', 'One.\n\n---\n\nTwo.', 'One.\n\nTwo.'],
  ])('%s', (_, markdown, text) => {
    expect(extractMarkdown(markdown).text).toBe(text);
  });
});

describe('extractMarkdown: title and date', () => {
  it('a first-level heading that opens the file is the title, and stays first in the text', () => {
    const article = extractMarkdown('# Flood barrier fails in **Riverton**\n\nThe council said so.');
    expect(article.title).toBe('Flood barrier fails in Riverton');
    expect(article.text).toBe('Flood barrier fails in Riverton\n\nThe council said so.');
  });

  it('so does a setext heading', () => {
    expect(extractMarkdown('Flood barrier fails\n===\n\nText.').title).toBe('Flood barrier fails');
  });

  it.each([
    ['a second-level heading', '## Analysis\n\nText.'],
    ['a first-level heading after text', 'Text.\n\n# Later heading'],
  ])('no title from %s', (_, markdown) => {
    expect(extractMarkdown(markdown).title).toBeNull();
  });

  it.each([
    ['date', 'date: 2025-10-27', '2025-10-27'],
    ['a date with a time and zone', 'date: 2025-10-27T23:30:00-05:00', '2025-10-27'],
    ['pubDate', 'pubDate: "2024-02-29"', '2024-02-29'],
    ['published', 'published: 2023-7-4', '2023-07-04'],
    ['no date key', 'author: Jane Doe', null],
    ['an impossible date', 'date: 2025-02-30', null],
  ])('front matter: %s', (_, line, date) => {
    const article = extractMarkdown(`---\ntitle: "Flood barrier fails"\n${line}\n---\n\nThe council said so.\n`);
    expect(article.publishedDate).toBe(date);
    expect(article.title).toBe('Flood barrier fails');
    // the front matter's title leads the text, as a page's headline does; its YAML is no text
    expect(article.text).toBe('Flood barrier fails\n\nThe council said so.');
  });

  it('a front matter title is not repeated when the body opens with it', () => {
    expect(extractMarkdown('---\ntitle: Floods\n---\n# Floods\n\nText.').text).toBe('Floods\n\nText.');
  });

  it('a broken front matter block is skipped, an unclosed one is text', () => {
    expect(extractMarkdown('---\ntitle: [unclosed\n---\nText.')).toEqual({ text: 'Text.', title: null, publishedDate: null });
    expect(extractMarkdown('---\nOfficials said the talks failed.').text).toBe('Officials said the talks failed.');
  });
});

const ARTICLE = `---
title: Flood barrier fails in Riverton
date: 2025-10-27
---

The [Riverton City Council](https://example.com/council) said on **Monday** that the flood barrier had failed.

> "We did everything we could," said **Mayor Ellen Park**.

- At least 12 people were injured.
- Two people died, according to [the county coroner](https://example.com/coroner).

## What happens next

Park said the council would vote on Thursday on a repair budget.
`;

function extracted(args: string[], input?: string): Result {
  const r = run(args, input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Result;
}

describe('extract on a Markdown file', () => {
  const root = folder({ 'flood.md': ARTICLE, 'flood.markdown': ARTICLE });

  it.each(['flood.md', 'flood.markdown'])('%s: reads the article, not its markup', (name) => {
    const result = extracted([join(root, name)]);
    expect(schemaErrors(result)).toEqual([]);
    const text = result.source.text!;
    expect(falseSpans(result, text)).toEqual([]);
    expect(text).not.toMatch(/[*#[\]]|https:|---/);
    expect(result.title).toBe('Flood barrier fails in Riverton');
    expect(result.referenceDate).toBe('2025-10-27');
    // markup no longer hides the source, the speaker or the date
    expect(result.quotes.map((q) => q.speaker?.text)).toEqual(['Mayor Ellen Park']);
    const sources = result.claims.map((c) => c.source?.text);
    expect(sources).toContain('The Riverton City Council');
    expect(sources).toContain('the county coroner');
    expect(result.dates.map((d) => [d.text, d.value])).toContainEqual(['Monday', '2025-10-27']);
    // the headline and the subheading make no claims
    expect(result.claims.some((c) => /Flood barrier|What happens/.test(c.text))).toBe(false);
  });

  it('--reference-date wins over the front matter', () => {
    expect(extracted([join(root, 'flood.md'), '-r', '2025-11-02']).referenceDate).toBe('2025-11-02');
  });

  it('--input-format markdown reads stdin as Markdown; text reads a .md file as it is', () => {
    expect(extracted(['-', '--input-format', 'markdown'], ARTICLE).title).toBe('Flood barrier fails in Riverton');
    const plain = extracted([join(root, 'flood.md'), '--input-format', 'text']);
    expect(plain.source.text).toBeUndefined();
    expect(plain.source.chars).toBe(ARTICLE.length);
  });

  it('a folder reads .md files by default', () => {
    const r = run([root, '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('hostile Markdown', () => {
  it.each([
    ['emphasis runs', '**_a'.repeat(20_000)],
    ['underscores', '_a_'.repeat(20_000)],
    ['open brackets', '['.repeat(60_000) + 'a'],
    ['nested quotation blocks', '>'.repeat(60_000) + ' Officials said 3 people were killed.'],
    ['nested HTML', '<div>'.repeat(20_000) + 'Officials said 3 people were killed.'],
    ['nested lists', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')],
  ])('%s: text comes out, no throw', (_, markdown) => {
    const { text } = extractMarkdown(markdown);
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(0);
  });
});

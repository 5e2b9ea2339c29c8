// End to end in headless Chromium: the example article's page highlights every actor
// mention, date and quote of the JSON output, clicking a claim in the panel scrolls its
// sentence into view, and the page requests nothing but itself. Saves a screenshot to
// test-output/html-example.png for a person to look at.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { renderHtml } from '../src/output/html.js';
import type { Result } from '../src/types.js';
import { floodResult } from './output-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const OUT = new URL('../test-output/', import.meta.url);
const EXAMPLE = 'fixtures/pakistan-afghanistan-talks.txt';
/** Generous: CI machines running the whole suite in parallel can be slow to drive a browser. */
const SLOW = 120_000;

if (!HAVE_CHROMIUM) console.warn(`html-browser: skipped, ${CHROMIUM} is not installed (apt-get install chromium)`);

function exampleResult(): Result {
  const text = readFileSync(new URL(`../${EXAMPLE}`, import.meta.url), 'utf8').replace(/^\ufeff/, '');
  const result = extractText(text, { path: EXAMPLE, referenceDate: '2025-10-28' });
  // The page needs the text the offsets refer to; the JSON tree itself is unchanged.
  return { ...result, source: { ...result.source, text } };
}

/** Every highlight the JSON output asks for: [selector, the text its elements must spell]. */
function expectedHighlights(result: Result): Array<[string, string]> {
  return [
    ...result.actors.flatMap((a) => a.mentions.map((m, i): [string, string] => [`[data-mention="${a.id}.${i}"]`, m.text])),
    ...result.dates.map((d): [string, string] => [`[data-date="${d.id}"]`, d.text]),
    ...result.quotes.map((q): [string, string] => [`[data-quote="${q.id}"]`, q.text]),
    ...result.casualties.map((k): [string, string] => [`[data-casualty="${k.id}"]`, k.text]),
  ];
}

const CASES: Array<[name: string, build: () => Result, screenshot: string | null]> = [
  ['the example article', exampleResult, 'html-example.png'],
  ['a hand-built article with nested spans', floodResult, 'html-flood.png'],
];

describe.skipIf(!HAVE_CHROMIUM).each(CASES)(`HTML page in headless Chromium: %s`, (_name, build, screenshot) => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const result = build();
  const file = new URL(`html-${_name.replace(/\W+/g, '-')}.html`, OUT);

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(file, renderHtml(result));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file.pathname).href);
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
  }, SLOW);

  it('requests nothing but the page itself', () => {
    expect(requests).toEqual([pathToFileURL(file.pathname).href]);
  }, SLOW);

  it('highlights every actor mention, date, quote and casualty figure of the output', async () => {
    const expected = expectedHighlights(result);
    expect(expected.length, 'nothing to check: the result has no actors, dates or quotes').toBeGreaterThan(0);
    const found = await page.evaluate(
      (list) => list.map(([sel]) => [...document.querySelectorAll(sel)].map((n) => n.textContent).join('')),
      expected,
    );
    expect(found).toEqual(expected.map(([, text]) => text));
  }, SLOW);

  it('scrolls each claim into view and highlights it when clicked in the panel', async () => {
    expect(result.claims.length, 'nothing to check: the result has no claims').toBeGreaterThan(0);
    for (const claim of result.claims) {
      const sel = `[data-claim="${claim.id}"]`;
      // Start scrolled away from the claim: to the bottom if it sits near the top, else to the top.
      await page.evaluate((s) => {
        window.scrollTo(0, 0);
        const r = document.querySelector(s)!.getBoundingClientRect();
        if (r.top < window.innerHeight) window.scrollTo(0, document.documentElement.scrollHeight);
      }, sel);
      await page.click(`.claim-link[data-target="${claim.id}"]`);
      const box = await page.evaluate((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: window.innerHeight, current: document.querySelector(s)!.classList.contains('current') };
      }, sel);
      expect(box.top, claim.id).toBeGreaterThanOrEqual(0);
      expect(box.bottom, claim.id).toBeLessThanOrEqual(box.height);
      expect(box.current, claim.id).toBe(true);
    }
  }, SLOW);

  it('shows a popover with the normalised value when a highlight is clicked', async () => {
    const date = result.dates[0];
    if (!date) return;
    await page.click(`[data-date="${date.id}"]`);
    const text = await page.textContent('#popover');
    expect(text).toContain(date.value);
  }, SLOW);

  it('leaves a screenshot to look at', async () => {
    if (!screenshot) return;
    const middle = result.claims[Math.floor(result.claims.length / 2)];
    if (middle) await page.click(`.claim-link[data-target="${middle.id}"]`);
    const date = result.dates.find((d) => d.start > (middle?.start ?? 0)) ?? result.dates[0];
    if (date) {
      await page.click(`[data-date="${date.id}"]`);
    }
    await page.screenshot({ path: new URL(screenshot, OUT).pathname });
    expect(existsSync(new URL(screenshot, OUT))).toBe(true);
  }, SLOW);
});

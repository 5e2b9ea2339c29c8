// The annotated page: one self-contained HTML file per article, in the manner of
// displaCy but for claims. The article text with actors, dates, casualty figures
// and quotes highlighted; a panel of claims by source. Inline CSS and JS only,
// and a Content-Security-Policy that forbids any fetch, so the page works offline
// and leaks nothing. Every piece of text is escaped.

import type { Result } from '../types.js';
import { describeFigure } from './describe.js';
import { articleText } from './html/article-text.js';
import { attributes, escapeHtml } from './html/escape.js';
import { collectMarks } from './html/marks.js';
import { renderMarked } from './html/nest.js';
import { renderPanel } from './html/panel.js';
import { page } from './html/page.js';
import { SCRIPT } from './html/script.js';

export { renderIndex } from './html/index-page.js';

const LEGEND: Array<[kind: string, label: string, colour: string]> = [
  ['actor', 'actor mentions', 'var(--person)'],
  ['date', 'dates', 'var(--date)'],
  ['casualty', 'casualties', 'var(--casualty)'],
  ['quote', 'quotes', 'var(--quote)'],
];

const ACTOR_TYPES: Array<[type: string, label: string]> = [
  ['person', 'people'],
  ['organization', 'organisations'],
  ['location', 'places'],
  ['unnamed', 'unnamed'],
];

function header(result: Result): string {
  const counts: Record<string, number> = {
    actor: result.actors.reduce((n, a) => n + a.mentions.length, 0),
    date: result.dates.length,
    casualty: result.casualties.length,
    quote: result.quotes.length,
  };
  const legend = LEGEND.map(
    ([kind, label, colour]) =>
      `<button type="button" aria-pressed="true"${attributes({ 'data-kind': kind, title: `show or hide ${label}` })}>` +
      `<span class="swatch" style="background:${colour}"></span>${label} ${counts[kind]}</button>`,
  ).join('');
  const types = ACTOR_TYPES.map(([type, label]) => `<span><span class="swatch" style="background:var(--${type})"></span>${label}</span>`).join('');
  const path = result.source.path === '-' ? 'stdin' : result.source.path;
  return (
    `<header class="meta"><div>reference date <strong>${escapeHtml(result.referenceDate ?? 'unknown')}</strong> · ` +
    `<span class="path">${escapeHtml(path)}</span> · ${result.actors.length} actors · ${result.claims.length} claims</div>` +
    `<div class="legend">${legend}<span class="types">actors:${types}</span></div></header>`
  );
}

function warnings(result: Result): string {
  if (!result.warnings.length) return '';
  const items = result.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
  return `<section class="warnings"><h2>Warnings</h2><ul>${items.join('')}</ul></section>`;
}

/** Without the text (stdin, the file changed since), the page still lists what was found. */
function missingText(result: Result): string {
  const rows = result.casualties.map((k) => `<li>${escapeHtml(`${describeFigure(k)}: ${k.text}`)}</li>`);
  return (
    '<p class="missing">The article text is not available to this page (read from stdin, or the file has changed), so nothing can be highlighted. The claims are listed in the panel.</p>' +
    (rows.length ? `<ul>${rows.join('')}</ul>` : '')
  );
}

export function renderHtml(result: Result): string {
  const text = articleText(result);
  const article = text === null ? missingText(result) : `<div class="article">${renderMarked(text, collectMarks(result, text))}</div>`;
  const body =
    `<div class="layout"><main>${header(result)}\n${article}\n${warnings(result)}</main>\n${renderPanel(result)}</div>\n` +
    '<div id="popover" role="tooltip" hidden></div>';
  return page(result.title ?? result.source.path, body, SCRIPT);
}

// index.html for a batch written with --out: one row per article, linked, with its counts.

import type { IndexEntry } from '../types.js';
import { escapeHtml, hrefOf } from './escape.js';
import { page } from './page.js';

const INDEX_STYLE = `
body { margin: 2rem auto; max-width: 70rem; padding: 0 1rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fbfaf7; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #e4e2dc; vertical-align: top; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
td .path { color: #667085; font-family: ui-monospace, Menlo, monospace; font-size: .85em; overflow-wrap: anywhere; }
`;

export function renderIndex(entries: IndexEntry[]): string {
  const rows = entries.map(({ href, result: r }) => {
    const title = r.title ?? r.source.path;
    const cells = [r.actors.length, r.dates.length, r.casualties.length, r.quotes.length, r.claims.length, r.warnings.length];
    return (
      `<tr><td><a href="${escapeHtml(hrefOf(href))}">${escapeHtml(title)}</a><div class="path">${escapeHtml(r.source.path)}</div></td>` +
      `<td>${escapeHtml(r.referenceDate ?? '')}</td>${cells.map((n) => `<td class="n">${n}</td>`).join('')}</tr>`
    );
  });
  const heads = ['actors', 'dates', 'casualties', 'quotes', 'claims', 'warnings'].map((h) => `<th class="n">${h}</th>`).join('');
  const plural = entries.length === 1 ? '' : 's';
  const body =
    `<h1>${entries.length} article${plural}</h1>\n<table>\n<thead><tr><th>article</th><th>reference date</th>${heads}</tr></thead>\n` +
    `<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  return page(`extract: ${entries.length} article${plural}`, body, '', INDEX_STYLE);
}

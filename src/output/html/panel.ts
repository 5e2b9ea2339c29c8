// The side panel: claims grouped by who makes them, each a button that scrolls
// the article to the claim and highlights it.

import type { Actor, Claim, Result } from '../../types.js';
import { actorIndex } from '../describe.js';
import { attributes, escapeHtml } from './escape.js';

interface Group {
  label: string;
  note: string;
  claims: Claim[];
}

/** The article's own voice, then each source in the order it first speaks. */
function groupBySource(result: Result, actors: Map<string, Actor>): Group[] {
  const groups = new Map<string, Group>();
  groups.set('', { label: 'The article', note: 'own voice', claims: [] });
  for (const claim of result.claims) {
    const source = claim.source;
    const actor = source?.actor ? actors.get(source.actor) : undefined;
    // Unresolved sources group by their words ("local media"), case aside.
    const key = !source ? '' : actor ? `actor:${actor.id}` : `text:${source.text.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = actor
        ? { label: actor.name, note: actor.roles[0] ?? actor.type, claims: [] }
        : { label: source!.text, note: 'unresolved source', claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const [own, ...sources] = [...groups.values()];
  return [...sources, own!].filter((g) => g.claims.length);
}

function claimItem(claim: Claim): string {
  const badges = [`<span class="badge k-${claim.kind}">${claim.kind}</span>`];
  if (claim.cue) badges.push(`<span class="cue-text">${escapeHtml(claim.cue.text)}</span>`);
  if (claim.hedged) badges.push('<span class="badge hedged" title="marked as uncertain or conditional">hedged</span>');
  const content = claim.kind === 'quote' ? `“${claim.text}”` : claim.text;
  const button = `<button type="button" class="claim-link"${attributes({ 'data-target': claim.id, title: `${claim.id} · ${claim.rule}` })}>`;
  return `<li>${button}<span class="meta">${badges.join(' ')}</span><span class="claim-text">${escapeHtml(content)}</span></button></li>`;
}

export function renderPanel(result: Result): string {
  const groups = groupBySource(result, actorIndex(result));
  const body = groups.length
    ? groups
        .map(
          (g) =>
            `<section class="group"><h3>${escapeHtml(g.label)} <span class="note">${escapeHtml(g.note)} · ${g.claims.length}</span></h3>` +
            `<ul>${g.claims.map(claimItem).join('')}</ul></section>`,
        )
        .join('\n')
    : '<p class="empty">No claims found.</p>';
  return `<aside id="claims" aria-label="Claims by source"><h2>Claims <span class="note">${result.claims.length}</span></h2>\n${body}</aside>`;
}

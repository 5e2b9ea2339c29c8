// What gets highlighted on the article text, and what each highlight says when
// hovered or clicked (its `title`, also shown in the popover).

import type { Actor, Result } from '../../types.js';
import { actorIndex, describeCasualty, describeDateValue, sourceName } from '../describe.js';
import type { Mark } from './nest.js';

/** Outer to inner when spans coincide: the title and claims wrap everything, a cue is innermost. */
const DEPTH = { title: 0, claim: 1, quote: 2, casualty: 3, date: 4, actor: 5, cue: 6 } as const;

function actorLabel(actor: Actor, actors: Map<string, Actor>): string {
  const parts = [`${actor.name} (${actor.type})`];
  if (actor.roles.length) parts.push(actor.roles.join('; '));
  if (actor.aliases.length) parts.push(`also: ${actor.aliases.join(', ')}`);
  const parent = actor.affiliation ? actors.get(actor.affiliation) : undefined;
  if (parent) parts.push(`of ${parent.name}`);
  return parts.join(' · ');
}

/** The headline's span, when the text opens with it (after blank lines or a BOM-less preamble). */
function titleSpan(result: Result, text: string): { start: number; end: number } | null {
  if (!result.title) return null;
  const at = text.indexOf(result.title);
  if (at < 0 || text.slice(0, at).trim() !== '') return null;
  return { start: at, end: at + result.title.length };
}

/** Longest line a section heading may be ("Rising Toll and Growing Strain"). */
const HEADING_MAX = 80;

/**
 * Section headings, for looks only: a short line standing alone between blank lines,
 * capitalised and without closing punctuation ("A Fraught Relationship"). The Result
 * does not carry the segmenter's headings, so the page recognises them the same way.
 */
function headingSpans(text: string, title: { start: number } | null): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let blankBefore = true;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).replace(/\r$/, '');
    const next = nl < 0 ? -1 : text.indexOf('\n', nl + 1);
    const blankAfter = nl < 0 || text.slice(nl + 1, next < 0 ? text.length : next).trim() === '';
    const trimmed = line.trim();
    if (
      blankBefore && blankAfter && trimmed.length >= 3 && trimmed.length <= HEADING_MAX &&
      /^\p{Lu}/u.test(trimmed) && !/[.!?:;,"”’)\]…-]$/.test(trimmed) && at !== title?.start
    ) {
      const lead = line.length - line.trimStart().length;
      spans.push({ start: at + lead, end: at + lead + trimmed.length });
    }
    blankBefore = trimmed === '';
    if (nl < 0) break;
    at = nl + 1;
  }
  return spans;
}

export function collectMarks(result: Result, text: string): Mark[] {
  const actors = actorIndex(result);
  const marks: Mark[] = [];
  const title = titleSpan(result, text);
  if (title) marks.push({ ...title, depth: DEPTH.title, tag: 'span', attrs: { class: 'headline' } });
  for (const span of headingSpans(text, title)) marks.push({ ...span, depth: DEPTH.title, tag: 'span', attrs: { class: 'subhead' } });
  for (const claim of result.claims) {
    marks.push({ start: claim.start, end: claim.end, depth: DEPTH.claim, tag: 'span', attrs: { class: 'claim', 'data-claim': claim.id } });
  }
  for (const q of result.quotes) {
    const speaker = sourceName(q.speaker, actors) ?? 'unknown speaker';
    const label = `${q.id} · ${q.kind} quote · speaker: ${speaker}${q.cue ? ` · cue: ${q.cue.text}` : ''} · ${q.rule}`;
    marks.push({ start: q.start, end: q.end, depth: DEPTH.quote, tag: 'mark', attrs: { class: `hl quote q-${q.kind}`, 'data-quote': q.id, title: label } });
    if (q.cue) {
      marks.push({ start: q.cue.start, end: q.cue.end, depth: DEPTH.cue, tag: 'span', attrs: { class: 'cue', 'data-cue': q.id, title: `cue of ${q.id}: ${speaker}` } });
    }
  }
  for (const k of result.casualties) {
    const said = k.count.text ? ` · “${k.count.text}”` : '';
    const label = `${k.id} · ${describeCasualty(k)}${said} · ${k.rule}`;
    marks.push({ start: k.start, end: k.end, depth: DEPTH.casualty, tag: 'mark', attrs: { class: `hl casualty c-${k.kind}`, 'data-casualty': k.id, title: label } });
  }
  for (const d of result.dates) {
    const label = `${d.id} · ${d.type} ${describeDateValue(d)} · ${d.rule}`;
    marks.push({ start: d.start, end: d.end, depth: DEPTH.date, tag: 'mark', attrs: { class: 'hl date', 'data-date': d.id, 'data-value': d.value, title: label } });
  }
  for (const actor of result.actors) {
    const label = actorLabel(actor, actors);
    actor.mentions.forEach((m, i) => {
      marks.push({
        start: m.start,
        end: m.end,
        depth: DEPTH.actor,
        tag: 'mark',
        attrs: { class: `hl actor a-${actor.type}`, 'data-actor': actor.id, 'data-mention': `${actor.id}.${i}`, title: `${actor.id} · ${label} · ${m.rule}` },
      });
    });
  }
  return marks;
}

// The terminal view: a compact, coloured reading of one Result for a person.
// Colour comes from RenderOptions.color (the CLI decides from --color, NO_COLOR,
// FORCE_COLOR and the TTY), never from chalk's own detection, so a render is a
// pure function of its inputs. No line is wider than RenderOptions.width.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Actor, Claim, DateMention, Result } from '../types.js';
import {
  ACTOR_TYPE_LABELS,
  actorIndex,
  describeDateValue,
  describeFigure,
  isCalendarValue,
  sourceName,
} from './describe.js';
import type { RenderOptions } from './types.js';
import { flow, type Piece } from './pretty/layout.js';
import { displayWidth, padEnd, truncate } from './pretty/width.js';

/** Narrower than this, the columns would leave no room for text. */
const MIN_WIDTH = 10;
const INDENT = 2;
/** The widest TIMEX3 value column in the timeline; longer values are cut. */
const VALUE_COLUMN_MAX = 18;

interface View {
  c: ChalkInstance;
  width: number;
  explain: boolean;
  actors: Map<string, Actor>;
}

/** " [actors/title-name]" with --explain, nothing otherwise. */
function ruleTag(view: View, rule: string): Piece[] {
  return view.explain ? [{ text: ' ' }, { text: `[${rule}]`, style: view.c.dim }] : [];
}

function heading(view: View, label: string, count: number, note = ''): string {
  return view.c.bold.underline(truncate(`${label} (${count}${note})`, view.width));
}

function header(result: Result, view: View): string[] {
  const { c, width } = view;
  const title = result.title ?? '(no title)';
  const lines = flow([{ text: title, style: c.bold }], { width, indent: 0, hang: 0, maxLines: 2 });
  const ref = result.referenceDate ?? 'unknown';
  lines.push(...flow([{ text: `reference date ${ref} · ${result.source.path === "-" ? "stdin" : result.source.path}`, style: c.dim }], { width, indent: 0, hang: 0, maxLines: 1 }));
  const counts = [
    `${result.actors.length} actors`,
    `${result.dates.length} dates`,
    `${result.casualties.length} casualty figures`,
    `${result.quotes.length} quotes`,
    `${result.claims.length} claims`,
  ].join(' · ');
  lines.push(...flow([{ text: counts, style: c.dim }], { width, indent: 0, hang: 0 }));
  return lines;
}

/** "  3× Khawaja Asif — Defense Minister · aka Asif · of Pakistan", grouped by type, most-named first. */
function actorSection(result: Result, view: View): string[] {
  const { c, width } = view;
  const lines = [heading(view, 'Actors', result.actors.length)];
  const countWidth = Math.max(0, ...result.actors.map((a) => String(a.mentions.length).length)) + 1;
  for (const type of Object.keys(ACTOR_TYPE_LABELS) as Actor['type'][]) {
    const group = result.actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!group.length) continue;
    lines.push(' '.repeat(INDENT) + c.italic(truncate(ACTOR_TYPE_LABELS[type], width - INDENT)));
    for (const actor of group) {
      const count = `${actor.mentions.length}×`.padStart(countWidth);
      const pieces: Piece[] = [{ text: count, style: c.dim }, { text: ' ' }, { text: actor.name, style: c.bold.cyan }];
      if (actor.roles.length) pieces.push({ text: ' — ' }, { text: actor.roles.join('; '), style: c.green });
      if (actor.aliases.length) pieces.push({ text: ' · aka ', style: c.dim }, { text: actor.aliases.join(', ') });
      const parent = actor.affiliation ? view.actors.get(actor.affiliation) : undefined;
      if (parent) pieces.push({ text: ' · of ', style: c.dim }, { text: parent.name });
      pieces.push(...ruleTag(view, actor.rule));
      lines.push(...flow(pieces, { width, indent: INDENT * 2, hang: INDENT * 2 + countWidth + 1, maxLines: 3 }));
    }
  }
  return lines;
}

/** Calendar values in time order ("2007" before "2025-10-19"), then the rest (durations, PAST_REF) in text order. */
function timelineOrder(dates: DateMention[]): DateMention[] {
  const dated = dates.filter((d) => isCalendarValue(d.value));
  const undated = dates.filter((d) => !isCalendarValue(d.value));
  dated.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.start - b.start));
  return [...dated, ...undated];
}

function timelineSection(result: Result, view: View): string[] {
  const { c, width } = view;
  const lines = [heading(view, 'Timeline', result.dates.length)];
  const values = result.dates.map(describeDateValue);
  const column = Math.min(VALUE_COLUMN_MAX, Math.max(0, ...values.map(displayWidth)), Math.floor(width / 3));
  for (const date of timelineOrder(result.dates)) {
    const value = padEnd(truncate(describeDateValue(date), column), column);
    const pieces: Piece[] = [
      { text: value, style: isCalendarValue(date.value) ? c.magenta : c.dim, whole: true },
      { text: ' ' },
      { text: `“${date.text}”` },
      { text: ` ${date.type}`, style: c.dim },
      ...ruleTag(view, date.rule),
    ];
    lines.push(...flow(pieces, { width, indent: INDENT, hang: INDENT + column + 1, maxLines: 3 }));
  }
  return lines;
}

/** "≥ 25 killed — Pakistani soldiers (“more than two dozen”) · 2024" */
function casualtySection(result: Result, view: View): string[] {
  const { c, width } = view;
  const lines = [heading(view, 'Casualties', result.casualties.length)];
  const dates = new Map(result.dates.map((d) => [d.id, d]));
  for (const k of result.casualties) {
    const { count } = k;
    const pieces: Piece[] = [{ text: describeFigure(k), style: c.bold.red }];
    if (k.victims) pieces.push({ text: ' — ' }, { text: k.victims.text });
    const said = [count.text ? `“${count.text}”` : '', count.approximate ? 'approx.' : ''].filter(Boolean).join(', ');
    if (said) pieces.push({ text: ` (${said})`, style: c.dim });
    // Only dates on the calendar say when: "2024", not "recent" (PAST_REF) or "nearly a decade" (P10Y).
    const when = [...new Set(k.dates.map((id) => dates.get(id)?.value).filter((v): v is string => !!v && isCalendarValue(v)))];
    if (when.length) pieces.push({ text: ` · ${when.join(', ')}`, style: c.magenta });
    pieces.push(...ruleTag(view, k.rule));
    lines.push(...flow(pieces, { width, indent: INDENT, hang: INDENT * 2, maxLines: 4 }));
  }
  return lines;
}

/** "? Al Jazeera — reported — further attempts to avert open conflict are likely" */
function claimLine(claim: Claim, view: View): string[] {
  const { c, width } = view;
  const source = sourceName(claim.source, view.actors);
  const pieces: Piece[] = [{ text: claim.hedged ? '?' : '•', style: claim.hedged ? c.yellow.bold : c.dim }, { text: ' ' }];
  pieces.push(source ? { text: source, style: c.bold.cyan } : { text: 'article', style: c.dim.italic });
  if (claim.cue) pieces.push({ text: ' — ', style: c.dim }, { text: claim.cue.text, style: c.blue });
  pieces.push({ text: ' — ', style: c.dim });
  const content = claim.kind === 'quote' ? `“${claim.text}”` : claim.text;
  pieces.push({ text: content, style: claim.kind === 'quote' ? c.yellow : undefined });
  if (claim.hedged) pieces.push({ text: ' (hedged)', style: c.yellow });
  pieces.push(...ruleTag(view, claim.rule));
  return flow(pieces, { width, indent: INDENT, hang: INDENT + 2, maxLines: 6 });
}

function claimSection(result: Result, view: View): string[] {
  const hedged = result.claims.filter((cl) => cl.hedged).length;
  const lines = [heading(view, 'Claims', result.claims.length, hedged ? `, ${hedged} hedged: ?` : '')];
  for (const claim of result.claims) lines.push(...claimLine(claim, view));
  return lines;
}

function warningSection(result: Result, view: View): string[] {
  if (!result.warnings.length) return [];
  const { c, width } = view;
  const lines = [heading(view, 'Warnings', result.warnings.length)];
  for (const w of result.warnings) {
    const at = w.start !== undefined ? ` @${w.start}` : '';
    const pieces: Piece[] = [{ text: `! ${w.code}${at}`, style: c.yellow }, { text: ': ' }, { text: w.message }];
    lines.push(...flow(pieces, { width, indent: INDENT, hang: INDENT * 2, maxLines: 3 }));
  }
  return lines;
}

export function renderPretty(result: Result, options: RenderOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width) || 80);
  const view: View = {
    c: new Chalk({ level: options.color ? 1 : 0 }),
    width,
    explain: options.explain,
    actors: actorIndex(result),
  };
  const sections = [
    header(result, view),
    actorSection(result, view),
    timelineSection(result, view),
    casualtySection(result, view),
    claimSection(result, view),
    warningSection(result, view),
  ].filter((s) => s.length);
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}

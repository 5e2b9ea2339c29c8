// Short human descriptions of extracted items, shared by the pretty and HTML views.

import type { Actor, Casualty, Count, DateMention, Result, SourceRef } from '../types.js';

/** "≥ 25", "10–15", "12", "≤ 5", "?" — the bounds of a count, as OUTPUT.md defines them. */
export function formatBounds(count: Count): string {
  const { min, max } = count;
  if (min !== null && max !== null) return min === max ? String(min) : `${min}–${max}`;
  if (min !== null) return `≥ ${min}`;
  if (max !== null) return `≤ ${max}`;
  return '?';
}

/** "≥ 25 killed", or "wounded, no figure" when the text gives no number ("killed and wounded soldiers"). */
export function describeFigure(casualty: Casualty): string {
  const { min, max } = casualty.count;
  return min === null && max === null ? `${casualty.kind}, no figure` : `${formatBounds(casualty.count)} ${casualty.kind}`;
}

/** "≥ 25 killed — Pakistani soldiers" ("more than two dozen Pakistani soldiers"). */
export function describeCasualty(casualty: Casualty): string {
  const approx = casualty.count.approximate ? ' (approx.)' : '';
  const victims = casualty.victims ? ` — ${casualty.victims.text}` : '';
  return `${describeFigure(casualty)}${approx}${victims}`;
}

const MOD_SIGNS: Record<string, string> = {
  APPROX: '~',
  LESS_THAN: '<',
  MORE_THAN: '>',
  EQUAL_OR_LESS: '≤',
  EQUAL_OR_MORE: '≥',
};

/** "2025-10-19", "~2025-10", "< P1W", "2025-10 (START)": the TIMEX3 value with its modifier. */
export function describeDateValue(date: DateMention): string {
  if (!date.mod) return date.value;
  const sign = MOD_SIGNS[date.mod];
  return sign ? `${sign}${sign === '~' ? '' : ' '}${date.value}` : `${date.value} (${date.mod})`;
}

/** True for values that sit on a calendar ("2025-10-19", "2024", "2025-W43"): they can be ordered. */
export function isCalendarValue(value: string): boolean {
  return /^\d{4}/.test(value);
}

export const ACTOR_TYPE_LABELS: Record<Actor['type'], string> = {
  person: 'People',
  organization: 'Organisations',
  location: 'Places',
  unnamed: 'Unnamed sources',
};

/** Actors by id, for resolving speaker and source references. */
export function actorIndex(result: Result): Map<string, Actor> {
  return new Map(result.actors.map((a) => [a.id, a]));
}

/** Who speaks, by the actor's full name when resolved ("He" → "Mullah Yaqoob"), else the span's text. */
export function sourceName(source: SourceRef | null, actors: Map<string, Actor>): string | null {
  if (!source) return null;
  const actor = source.actor ? actors.get(source.actor) : undefined;
  return actor ? actor.name : source.text;
}

// The casualties stage alone (after segment), for the casualties test tables.

import { createDoc } from '../../src/document.js';
import { segment } from '../../src/stages/segment.js';
import { casualties } from '../../src/stages/casualties/index.js';
import type { CasualtyKind } from '../../src/types.js';

const CTX = { referenceDate: '2025-10-28', lexicon: { entities: [] } };

/** The document after segment + casualties alone. */
export function casualtyDoc(text: string) {
  const doc = createDoc(text);
  segment.run(doc, CTX);
  casualties.run(doc, CTX);
  return doc;
}

/** The readings of segment + casualties alone, as text, kind, min, max and rule. */
export function tolls(text: string) {
  return casualtyDoc(text).casualties.map((c) => ({ text: c.text, kind: c.kind, min: c.count.min, max: c.count.max, rule: c.rule }));
}

export type Expected = { text: string; kind: CasualtyKind; min: number | null; max: number | null; rule: string };

/** An expected reading; `max` is `min` unless given. */
export const k = (text: string, kind: CasualtyKind, min: number | null, rule: string, max: number | null = min): Expected => ({ text, kind, min, max, rule });

/** A reading without its rule, for tables that do not pin the rule. */
export type Reading = Omit<Expected, 'rule'>;

/** The readings of segment + casualties alone, without the rule. */
export function readings(text: string): Reading[] {
  return tolls(text).map(({ text, kind, min, max }) => ({ text, kind, min, max }));
}

/** An expected reading without its rule; `max` is `min` unless given. */
export const reading = (text: string, kind: CasualtyKind, min: number | null, max: number | null = min): Reading => ({ text, kind, min, max });

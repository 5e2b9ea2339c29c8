// dates: TIMEX3 temporal expressions, normalised against the reference date.
// Rules (./rules/*) are patterns over each sentence with a value builder each; where two
// matches overlap the longer wins ("the past year" over "year"), then the earlier rule.

import type { Doc, Sentence } from '../../document.js';
import type { Stage } from '../../stage.js';
import type { DateMention } from '../../types.js';
import { parseYmd, type Ymd } from './calendar.js';
import { CALENDAR_DATE_RULES } from './rules/calendar-dates.js';
import { CALENDAR_PERIOD_RULES } from './rules/calendar-periods.js';
import { DURATION_RULES } from './rules/durations.js';
import { RELATIVE_RULES } from './rules/relative.js';
import { SET_AND_VAGUE_RULES } from './rules/sets-and-vague.js';
import { CLOCK_RULES, HOUR_OF_DAY_PART_RULES } from './rules/clock-times.js';
import { QUARTER_RULES } from './rules/quarters.js';
import { NAMED_DAY_RULES } from './rules/named-days.js';
import { ANAPHORIC_DAY_RULES } from './rules/anaphoric-days.js';
import { anchorToDays, anchorToYears } from './anchors.js';
import { anchorToSentenceDay, firstDayNamed, lastDayNamed, lastEventDayNamed, type DayNamed } from './anchors-clock.js';
import { clockRangeOvernight } from './anchors-clock-ranges.js';
import { anchorToQuarters } from './anchors-quarters.js';
import { orderWeekdayRange, overnightOfWeekday } from './anchors-ranges.js';
import { anchorToFrameYear, anchorToOccasion, joinClockToDate, joinExplicitAnchor, joinPeriodOfYear, joinWeekEnding } from './anchors-sentence.js';
import { anchorQuotedToday } from './anchors-story.js';
import { joinCompoundDurations } from './compound.js';
import { latin1View } from './latin1.js';
import { isNoTime } from './names.js';
import { dropCovered, dropDatedOrdinal, widenToDayPart, widenToPosition, widenToWeekend } from './widen.js';
import { TenseIndex, type Tense } from './tense.js';
import { TriggerScan } from './trigger-scan.js';
import { triggerIndex } from './triggers.js';
import type { DateRule, Env, Found } from './types.js';

/** Every rule, in priority order for ties of equal length. */
export const DATE_RULES: readonly DateRule[] = [
  ...CALENDAR_DATE_RULES,
  ...CLOCK_RULES,
  ...QUARTER_RULES,
  ...HOUR_OF_DAY_PART_RULES,
  ...RELATIVE_RULES,
  ...NAMED_DAY_RULES,
  ...ANAPHORIC_DAY_RULES,
  ...DURATION_RULES,
  ...CALENDAR_PERIOD_RULES,
  ...SET_AND_VAGUE_RULES,
];

// Patterns end on words; only "a.m." and "Oct." end on a stop, and those stops belong to the word.
const TRAILING = /^[\s,;:!?)"'”’\]]$/u;
const SPACE = /^\s$/u;

const TRIGGER_INDEX = triggerIndex(DATE_RULES.map((r) => r.id));
const RULE_ORDER: ReadonlyMap<string, number> = new Map(DATE_RULES.map((r, i) => [r.id, i]));

// V8 first runs a regular expression in its bytecode interpreter, and building that bytecode
// for these large patterns costs ~150 ms of start-up over all rules; a first run on a subject
// of 1000+ characters compiles straight to machine code (~40 ms for all). Each rule's pattern is
// run once on this blank text, from its last character so the run itself costs nothing,
// before its first real use in a document. The blank is one flat string (`repeat` builds a
// rope, which each run had to look through: a tenth of a microsecond per rule per document).
const BLANK = Buffer.alloc(1000, ' ').toString('latin1');

/** Per-document scratch: which rules the current sentence triggers, which have been warmed. */
interface Scratch {
  active: Uint8Array;
  warmed: Uint8Array;
  triggers: TriggerScan;
}

/** What the rules of one sentence see; the tense index is built on a rule's first question. */
class SentenceEnv implements Env {
  private tenses: TenseIndex | null = null;

  constructor(
    readonly text: string,
    readonly sentence: Sentence,
    readonly ref: Ymd | null,
  ) {}

  tense(start: number, end: number): Tense {
    return (this.tenses ??= new TenseIndex(this.sentence.tokens)).at(start, end);
  }
}

const NONE: readonly Found[] = [];

/** `view` is the text's Latin-1 copy (./latin1.ts) the patterns run over; spans are trimmed on the real text. */
function findInSentence(doc: Doc, view: string, sentence: Sentence, ref: Ymd | null, rules: readonly DateRule[], scratch: Scratch): readonly Found[] {
  const { active, warmed } = scratch;
  if (!scratch.triggers.mark(sentence.tokens, active)) return NONE;
  const found: Found[] = [];
  const text = doc.text;
  const body = view.slice(sentence.start, sentence.end);
  const env = new SentenceEnv(view, sentence, ref);
  for (let i = 0; i < rules.length; i++) {
    if (!active[i]) continue;
    active[i] = 0;
    const rule = rules[i]!;
    // the patterns are shared constants: lastIndex is set before every run, so no state survives a call
    const pattern = rule.pattern;
    if (!warmed[i]) {
      warmed[i] = 1;
      pattern.lastIndex = BLANK.length - 1;
      pattern.exec(BLANK);
    }
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const at = sentence.start + m.index;
      const built = rule.build(m, env, at);
      if (!built) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      let start = at + (built.from ?? 0);
      let end = at + (built.to ?? m[0].length);
      while (end > start && TRAILING.test(text[end - 1]!)) end--;
      while (start < end && SPACE.test(text[start]!)) start++;
      if (end <= start) continue;
      found.push({ start, end, type: built.type, value: built.value, mod: built.mod ?? null, rule: rule.id, relative: !!built.relative, anchor: built.anchor, shift: built.shift, told: built.told });
    }
  }
  return found;
}

/** Within a cluster of overlapping matches: longest first, then rule order; keep what overlaps nothing kept. */
function pickInCluster(cluster: Found[], order: ReadonlyMap<string, number>, out: Found[]): void {
  const ranked = cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || order.get(a.rule)! - order.get(b.rule)! || a.start - b.start);
  const kept: Found[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  out.push(...kept.sort((a, b) => a.start - b.start));
}

/** Overlapping matches compete in clusters (chains of overlaps), so a long sentence stays linear. */
function resolveOverlaps(found: readonly Found[], order: ReadonlyMap<string, number>): readonly Found[] {
  if (found.length === 1) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  let cluster: Found[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (cluster.length && f.start >= reach) {
      pickInCluster(cluster, order, out);
      cluster = [];
    }
    cluster.push(f);
    reach = Math.max(cluster.length === 1 ? f.end : reach, f.end);
  }
  if (cluster.length) pickInCluster(cluster, order, out);
  return out;
}

/** All temporal expressions of a document, in text order (no ids yet). */
export function findDates(doc: Doc, ref: Ymd | null): Found[] {
  const scratch: Scratch = { active: new Uint8Array(DATE_RULES.length), warmed: new Uint8Array(DATE_RULES.length), triggers: new TriggerScan(TRIGGER_INDEX, doc.text) };
  const out: Found[] = [];
  const view = latin1View(doc.text);
  let dayBefore: DayNamed | null = null;
  // the last day any sentence named, for a past clock time that names none (./anchors.ts)
  let storyDay: DayNamed | null = null;
  // the first day the story's body names: the day of its news (./anchors-story.ts)
  let ledeDay: DayNamed | null = null;
  for (const sentence of doc.sentences) {
    const found = findInSentence(doc, view, sentence, ref, DATE_RULES, scratch);
    if (found.length === 0) continue;
    let kept = (resolveOverlaps(found, RULE_ORDER) as Found[]).filter((f) => !isNoTime(sentence, f));
    if (kept.length === 0) continue;
    for (const f of kept) {
      widenToPosition(view, sentence, f);
      widenToDayPart(view, sentence, f);
      widenToWeekend(view, f);
    }
    kept = dropDatedOrdinal(dropCovered(kept), view);
    if (kept.length > 1) {
      joinCompoundDurations(kept, view);
      joinExplicitAnchor(kept, view);
      joinClockToDate(kept, view);
      joinPeriodOfYear(kept, view);
      joinWeekEnding(kept, view);
      orderWeekdayRange(kept, view, ref);
      overnightOfWeekday(kept, view);
      anchorToFrameYear(kept, view, sentence.start);
      anchorToOccasion(kept, view, ref);
    }
    // a clock time may take the day of the sentence before (./anchors.ts), unless it opens its sentence or heads an entry
    anchorToSentenceDay(kept, sentence.body && dayBefore?.sentence === sentence.index - 1 && kept[0]!.start > sentence.start ? dayBefore : null, sentence.start, sentence.body ? storyDay : null, ref, sentence.body ? ledeDay : null, view);
    anchorQuotedToday(kept, view, sentence.start, sentence.body ? ledeDay : null, ref);
    if (kept.length > 1) clockRangeOvernight(kept, view);
    dayBefore = lastEventDayNamed(kept, sentence.index, view);
    storyDay = lastDayNamed(kept, sentence.index, ref, view) ?? storyDay;
    if (sentence.body && ref) ledeDay ??= firstDayNamed(kept, sentence.index, ref, view);
    for (const f of kept) f.sentence = sentence.index;
    out.push(...kept);
  }
  anchorToQuarters(out, ref, view);
  anchorToYears(out, view);
  anchorToDays(out, view, ref);
  return out;
}

export const dates: Stage = {
  name: 'dates',
  requires: ['sentences', 'referenceDate'],
  assigns: ['dates'],
  run(doc) {
    const ref = parseYmd(doc.referenceDate);
    const found = findDates(doc, ref);
    doc.dates = found.map(
      (f, i): DateMention => ({
        id: `D${i + 1}`,
        start: f.start,
        end: f.end,
        text: doc.text.slice(f.start, f.end),
        type: f.type,
        value: f.value,
        mod: f.mod,
        rule: f.rule,
      }),
    );
    const unresolved = found.find((f) => f.relative);
    if (!ref && unresolved) {
      doc.warnings.push({
        code: 'no-reference-date',
        message: 'relative dates were not resolved: no --reference-date and no dateline found (values keep only what the text says, e.g. XXXX-10-19)',
        start: unresolved.start,
        end: unresolved.end,
      });
    }
  },
};

// Values settled within one sentence once its dates are tagged: a day counted from the date
// after it ("the day before last Tuesday's hearing"), a clock time joined to its date ("10 p.m.
// on Oct. 21"), relative words in reported speech ("In a 2019 interview, he said … next year"),
// and a year that frames the sentence ("Last year, … in late September"). Ranges of weekdays and
// months: ./anchors-ranges.ts.

import { SPEECH_NOUNS, SPEECH_VERBS } from '../../lexicon/time-tense.js';
import { DAY_VALUE } from './anchors-clock.js';
import { addDays, formatDay, formatWeek, shiftedValue, type Ymd } from './calendar.js';
import { onCopy } from './latin1.js';
import type { Found } from './types.js';

const BEFORE_OR_AFTER = /^\s{1,4}(?:before|after)\s{1,4}$/i;

/**
 * "The day before last Tuesday's hearing": a day counted from the date that follows it is one
 * expression, valued from that date. `kept` is one sentence's dates in text order; `text` the
 * text they point into.
 */
export function joinExplicitAnchor(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (f.rule !== 'dates/day-before' || f.anchor !== 'day' || !f.shift || next.type !== 'DATE') continue;
    const d = DAY_VALUE.exec(next.value);
    if (!d || next.value.length !== 10 || !BEFORE_OR_AFTER.test(text.slice(f.end, next.start))) continue;
    const day = addDays({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, f.shift);
    f.value = formatDay(day) + f.value.slice(10);
    f.end = next.end;
    f.anchor = undefined;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}

// ", on ", " on ", ", " or a space between a clock time and its date; "local time", "Eastern time" may come between
const CLOCK_THEN_DATE = /^,?\s{1,4}(?:(?:local|eastern|central|mountain|pacific|atlantic)\s{1,4}(?:(?:standard|daylight)\s{1,4})?time,?\s{1,4})?(?:on\s{1,4})?$/i;
// " on " between a clock time and its weekday ("6 p.m. Tuesday" is one match of the clock rule already), or
// a zone in words ("10:02 a.m. local time Friday", "3 a.m. Pacific time on Sunday")
const CLOCK_ON_WEEKDAY = /^\s{1,4}(?:(?:local|eastern|central|mountain|pacific|atlantic)\s{1,4}(?:(?:standard|daylight)\s{1,4})?time\s{1,4}(?:on\s{1,4})?|on\s{1,4})$/i;
const CLOCK_RULES: ReadonlySet<string> = new Set(['dates/clock-time', 'dates/clock-24h', 'dates/named-time']);

/**
 * "shortly after 10 p.m. on Oct. 21", "5 p.m. EST, Nov. 9": a clock time and the calendar date after
 * it are one TIME on that date (BLIND8; TimeBank marks them so), as "6 p.m. Tuesday" already is;
 * so are "Thursday morning, October 15, 1964" (GVDB dev: the morning was placed in 2015), and a
 * weekday after "on" ("shortly after 6 p.m. on Tuesday", "at 8 p.m. local time on Monday": BLIND11's
 * golds mark one TIME; BLIND3's older gold had "2 p.m." and an optional "Monday"). A date and the
 * clock time after it are one TIME too ("Oct. 26, 2025, 10:15 a.m.", "March 3 at 6 p.m.").
 */
export function joinClockToDate(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (dateThenClock(f, next, text)) {
      f.type = 'TIME';
      f.value = f.value + next.value.slice(next.value.indexOf('T'));
      f.end = next.end;
      kept.splice(i + 1, 1);
      continue;
    }
    if (clockThenAnaphor(f, next, text)) {
      f.type = 'TIME';
      f.value = next.value.slice(0, 10) + f.value.slice(f.value.indexOf('T'));
      [f.end, f.anchor, f.shift, f.told, f.relative, f.rule] = [next.end, next.anchor, next.shift, next.told, true, next.rule];
      kept.splice(i + 1, 1);
      continue;
    }
    // a clock hour, not a part of the day ("before dawn on Tuesday" stays two, as the golds have it)
    const onWeekday = next.rule === 'dates/weekday' && f.anchor === 'same-day' && CLOCK_RULES.has(f.rule) && CLOCK_ON_WEEKDAY.test(text.slice(f.end, next.start));
    if (f.type !== 'TIME' || (next.rule !== 'dates/month-day' && !onWeekday) || next.type !== 'DATE' || next.mod || next.value.length !== 10 || !DAY_VALUE.test(next.value)) continue;
    const between = text.slice(f.end, next.start);
    // "On Thursday morning, October 15, 1964": a weekday's part of the day, then its date
    const dayPart = f.rule === 'dates/weekday' && !f.mod && /^,\s{1,4}$/.test(between);
    if (!dayPart && (f.anchor !== 'same-day' || !CLOCK_THEN_DATE.test(between))) continue;
    f.value = next.value + f.value.slice(f.value.indexOf('T'));
    f.end = next.end;
    f.anchor = undefined;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}

/**
 * "He had ignored a gale warning issued at 5 p.m. that day", "reopened at 9 a.m. the next day" (BLIND15
 * D2: the golds mark one TIME): a clock time and the day told by reference right after it are one
 * TIME, counted from the day named before as that day is (../anchors.ts); apart, the time took the
 * reference day and the day then counted from the time.
 */
function clockThenAnaphor(f: Found, next: Found, text: string): boolean {
  return f.anchor === 'same-day' && CLOCK_RULES.has(f.rule) && next.rule === 'dates/anaphoric-day' && next.anchor === 'day' && next.type === 'DATE' && CLOCK_BEFORE_ANAPHOR.test(text.slice(f.end, next.start));
}
const CLOCK_BEFORE_ANAPHOR = /^\s{1,4}(?:on\s{1,4})?$/;

/**
 * "in the week ending July 12", "Claims rose in the week ended Saturday" (BLIND12 D5: statistics copy):
 * one DATE, the ISO week that holds that day, not "the week" (the story's) and the day.
 */
export function joinWeekEnding(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (f.rule !== 'dates/the-week' || next.type !== 'DATE' || next.value.length !== 10 || !DAY_VALUE.test(next.value) || !WEEK_ENDING.test(text.slice(f.end, next.start))) continue;
    const d = DAY_VALUE.exec(next.value)!;
    f.value = formatWeek({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) });
    f.end = next.end;
    f.anchor = undefined;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}
// "the week ending July 12", "the week ended Saturday", "in the week to Sunday" (statistics copy; a probe of my own)
const WEEK_ENDING = /^\s{1,4}(?:(?:ending|ended)\s{1,4}(?:on\s{1,4})?|to\s{1,4})$/i;

const OF_BETWEEN = /^\s{1,4}of\s{1,4}$/i;
// "in October that year", "in June the following year" (BLIND16 D3): a year told by reference right after the month
const SPACE_BETWEEN = /^\s{1,4}$/;
// (not "In October that year's harvest failed": the year's own noun)
const POSSESSIVE_AFTER = /^['’]s/;
const MONTH_OR_SEASON = /^(?:\d{4}|XXXX)-(?:\d{2}|SP|SU|FA|WI)$/;
const YEAR_RULES: ReadonlySet<string> = new Set(['dates/anaphoric-year', 'dates/relative-period', 'dates/year']);

/**
 * "In September of that year", "in the spring of last year" (BLIND11), "in October that year", "in
 * June the following year" (BLIND16 D3): a month or season and the year it is "of" are one DATE in
 * that year; a year told by reference keeps its anchor ("that year" is the last year named, ./anchors.ts).
 */
export function joinPeriodOfYear(kept: Found[], text: string): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const f = kept[i]!;
    const next = kept[i + 1]!;
    if (f.type !== 'DATE' || f.anchor || (f.rule !== 'dates/month' && f.rule !== 'dates/season') || !MONTH_OR_SEASON.test(f.value)) continue;
    if (next.type !== 'DATE' || next.mod || !YEAR_RULES.has(next.rule) || !/^(?:\d{4}|XXXX)$/.test(next.value) || next.anchor === 'year-back' || next.anchor === 'years') continue;
    const between = text.slice(f.end, next.start);
    if (!OF_BETWEEN.test(between) && !(next.rule === 'dates/anaphoric-year' && SPACE_BETWEEN.test(between) && !POSSESSIVE_AFTER.test(text.slice(next.end, next.end + 2)))) continue;
    f.value = next.value + f.value.slice(4);
    f.end = next.end;
    f.anchor = next.anchor;
    f.shift = next.shift;
    f.relative = next.relative;
    kept.splice(i + 1, 1);
  }
}

// ", " or " at " between a date and its clock time
const DATE_THEN_CLOCK = /^,?\s{1,4}(?:at\s{1,4})?$/i;

// ", " alone between a weekday and its clock time ("Monday at 2 p.m." stays two, as TimeBank has it)
const WEEKDAY_THEN_CLOCK = /^,\s{1,4}$/;

/**
 * "Updated Oct. 26, 2025, 10:15 a.m. IST": a calendar date, then a clock time on it (BLIND9
 * festival-crush: one TIME); a live page's "Wednesday, 11:50 p.m.:" likewise (BLIND10 nepal-floods).
 */
function dateThenClock(f: Found, next: Found, text: string): boolean {
  const weekday = f.rule === 'dates/weekday';
  if ((f.rule !== 'dates/month-day' && f.rule !== 'dates/day-month' && !weekday) || f.type !== 'DATE' || f.mod || f.value.length !== 10 || !DAY_VALUE.test(f.value)) return false;
  if (next.type !== 'TIME' || next.anchor !== 'same-day' || next.mod) return false;
  return (weekday ? WEEKDAY_THEN_CLOCK : DATE_THEN_CLOCK).test(text.slice(f.end, next.start));
}

// "In a 2019 interview", "In an interview in March 2023", "Speaking on Oct. 3, 2024": the occasion's date
const OCCASION_BEFORE = onCopy(/(?:(?:^|[^\p{L}])(?:speaking|interviewed|writing)\s{1,4}(?:on|in)|(?:^|[^\p{L}])(?<noun>\p{Ll}{3,12})\s{1,4}(?:on|in|of)|(?:^|[^\p{L}])(?:in|during)\s{1,4}(?:a|an|the|his|her|its|their))\s{1,4}$/iu);
const NOUN_AFTER = onCopy(/^\s{1,4}(?<noun>\p{Ll}{3,12})(?![\p{L}])/u);
const RELATIVE_WORDS = /^(?<rel>next|last|this)\s{1,4}(?<unit>week|month|year)$/iu;
const WORDS = onCopy(/\p{L}+/gu);
const SHIFT: Readonly<Record<string, number>> = { next: 1, last: -1, this: 0 };

/** The date of an explicit expression, when it names at least a month and lies over a month before `ref`. */
function occasionDate(f: Found, ref: Ymd): Ymd | null {
  if (f.relative || f.type !== 'DATE') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(f.value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2] ?? 7), day: Number(m[3] ?? 1) };
  return date.year * 12 + date.month < ref.year * 12 + ref.month - 1 ? date : null;
}

/**
 * A day named as the day of a saying: "told reporters on Oct. 2", "said Monday", "speaking to
 * reporters on Tuesday" (a reporting verb, up to two words, an optional "on"); "said in a statement
 * on Tuesday", "In a statement Tuesday, she said" (a speech noun right before).
 */
function saidOn(text: string, f: Found, ref: Ymd): Ymd | null {
  if (f.type !== 'DATE' || f.value.length !== 10) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (Date.UTC(date.year, date.month - 1, date.day) >= Date.UTC(ref.year, ref.month - 1, ref.day)) return null;
  const words = text.slice(Math.max(0, f.start - 40), f.start).toLowerCase().match(WORDS) ?? [];
  // "told reporters on Oct. 2", "said Monday"
  const last = words.length - (words[words.length - 1] === 'on' ? 2 : 1);
  for (let k = last; k >= Math.max(0, last - 2); k--) if (SPEECH_VERBS.has(words[k]!) || (k === last && SPEECH_NOUNS.has(words[k]!))) return date;
  return null;
}

/** Days from `ref` to the day a value starts with ("2025-10-29TNI" → 1). */
export function daysBetween(ref: Ymd, value: string): number {
  return Math.round((Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000);
}

// a quotation mark in the Latin-1 view (curly ones become U+007F there)
const QUOTE_MARKS = /["\x7f]/gu;

/**
 * "In a 2019 interview, he said he would retire next year": in reported speech, "next year",
 * "last month", "this week" count from the date of the occasion the sentence names, when that
 * date is told with the occasion (a speech noun beside it, "speaking in …") and a reporting verb
 * stands between the two; otherwise they count from the reference date, as the speech is then
 * the story's own. Words quoted from a day named as the day of the saying count from that day,
 * however near: "“We will finish the job this week,” he told reporters on Oct. 2" is the week
 * of Oct. 2 (a reporter's own paraphrase may count from the story's day, so only quoted words).
 * `kept` is one sentence's dates in text order.
 */
export function anchorToOccasion(kept: Found[], text: string, ref: Ymd | null): void {
  if (!ref || kept.length < 2) return;
  // quoted words need a quotation mark between the first date and the last
  let quoted = false;
  for (let k = kept[0]!.start, end = kept[kept.length - 1]!.end; k < end && !quoted; k++) quoted = text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x7f;
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i]!;
    const date = occasionDate(f, ref);
    const day = date || !quoted ? null : saidOn(text, f, ref);
    if (!date && !day) continue;
    if (date) {
      const before = OCCASION_BEFORE.exec(text.slice(Math.max(0, f.start - 30), f.start));
      const after = NOUN_AFTER.exec(text.slice(f.end, f.end + 14));
      const named = before && (!before.groups!.noun || SPEECH_NOUNS.has(before.groups!.noun.toLowerCase()));
      const occasion = (named && (before.groups!.noun || /(?:speaking|interviewed|writing)/i.test(before[0]))) || (after && SPEECH_NOUNS.has(after.groups!.noun!));
      if (!occasion) continue;
    }
    for (let j = day ? 0 : i + 1; j < kept.length; j++) {
      const g = kept[j]!;
      const deictic = day !== null && g.rule === 'dates/deictic-day' && DAY_VALUE.test(g.value);
      if (j === i || (g.rule !== 'dates/relative-period' && !deictic) || g.mod) continue;
      const rel = deictic ? null : RELATIVE_WORDS.exec(text.slice(g.start, g.end));
      if (!rel && !deictic) continue;
      const between = j > i ? text.slice(f.end, g.start) : text.slice(g.end, f.start);
      // inside the quotation: one mark (or an odd number) between the saying and the words
      if (day ? (between.match(QUOTE_MARKS)?.length ?? 0) % 2 === 0 : !(between.toLowerCase().match(WORDS) ?? []).some((w) => SPEECH_VERBS.has(w))) continue;
      // "“We leave tomorrow,” he said on Friday": that many days from the day of the saying
      if (deictic) g.value = formatDay(addDays(day!, daysBetween(ref, g.value))) + g.value.slice(10);
      else g.value = shiftedValue((date ?? day)!, rel!.groups!.unit!.toLowerCase(), SHIFT[rel!.groups!.rel!.toLowerCase()]!) ?? g.value;
    }
  }
}

// a year standing first in its sentence, as a frame: "Last year, …", "In 2024, …"
const FRAME_BEFORE = /^(?:in|during|by)?$/iu;

/**
 * "Last year, floods killed more than 240 people in a single weekend in late September": a month
 * or season without its year, in a sentence framed by a year told first, is in that year.
 * `kept` is one sentence's dates in text order; `from` the sentence's start.
 */
export function anchorToFrameYear(kept: Found[], text: string, from: number): void {
  const f = kept[0]!;
  if (f.type !== 'DATE' || !/^\d{4}$/.test(f.value) || f.mod || !FRAME_BEFORE.test(text.slice(from, f.start).trim())) return;
  for (let i = 1; i < kept.length; i++) {
    const g = kept[i]!;
    if ((g.rule === 'dates/month' || g.rule === 'dates/season') && !g.anchor && /^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(g.value)) g.value = f.value + g.value.slice(4);
  }
}

// A story's front matter inside its body text. A byline on a line of its own above the dateline
// ("By Jane Doe\nLONDON (Reuters) - …") asserts nothing, nor a page's timestamp ("Last updated July
// 9, 2026, 6:40 p.m."), nor the furniture of a saved page ("Photo: …", "Read more: …",
// "ADVERTISEMENT", a wire story's "(Reporting by …; Editing by …)"). A wire story's dateline at the head of its first sentence: "TOKYO, Nov 18
// (Reuters) - Japan's economy…", "SITAMARHI, India (Reuters) — At least 38 people…", "ALLENTOWN, Pa.
// (AP) — The family…". The sentence keeps it (its place and credit are actors of the story); a
// claim made by the sentence starts after it.

/**
 * A city in capitals (two capitals at least, so "A" or "I" never opens one), an optional region
 * ("Pa.", "India", "New South Wales"), an optional date ("Nov 18", "Oct. 26"), an optional
 * credit in brackets, then a dash and a space. Every part is bounded.
 */
const DATELINE_LEAD = /^\p{Lu}{2}[\p{Lu} .'’/-]{0,30}(?:, \p{Lu}[\p{L}.]{1,14}(?: \p{Lu}[\p{L}.]{1,14}){0,2})?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?(?: \([^()\n]{1,24}\))? ?(?:—|–|--|-) /u;
const REACH = 120;
/** An ASCII capital, or any character past ASCII (the expression decides). */
const capitalOrOther = (c: number): boolean => (c >= 65 && c <= 90) || c > 127;

/**
 * "Muscat, 14 April 2026 — ", "Geneva, March 3 (Reuters) - ": a city in title case, an optional
 * region, then a date with a month's name (required: a name and a comma alone open many sentences),
 * an optional credit in brackets and a dash. Every part is bounded.
 */
const TITLE_DATELINE = /^\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2}(?:, \p{Lu}[\p{L}.]{1,14}(?: \p{Lu}[\p{L}.]{1,14}){0,2})?,? (?:\d{1,2} (?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?: \d{4})?|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:, \d{4})?)(?: \([^()\n]{1,24}\))? ?(?:—|–|--|-) /u;

/** Where the text proper starts in [start, end) after a dateline, or `start` when there is none. */
export function datelineEnd(text: string, start: number, end: number): number {
  if (!capitalOrOther(text.charCodeAt(start))) return start;
  // a city in title case needs its date: "Muscat, 14 April 2026 — At least nine people…"
  if (!capitalOrOther(text.charCodeAt(start + 1))) {
    const t = TITLE_DATELINE.exec(text.slice(start, Math.min(end, start + REACH)));
    return t && start + t[0].length < end ? start + t[0].length : start;
  }
  const m = DATELINE_LEAD.exec(text.slice(start, Math.min(end, start + REACH)));
  if (!m || start + m[0].length >= end) return start;
  // "US - China talks resumed": a city alone before a lone hyphen is no dateline
  const bare = !m[0].includes(',') && !m[0].includes('(');
  return bare && m[0].endsWith(' - ') ? start : start + m[0].length;
}

/** "By Jane Doe", "By Kenji Watanabe and Claire Dunmore", "By JANE DOE, Associated Press": names after "By", bounded. */
const BYLINE = /^By \p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){0,3}(?:(?:,| and) \p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){0,3}){0,3}$/u;

/** Is text[start, end) a byline (a line of its own: the caller passes a sentence a line ends)? */
export function isByline(text: string, start: number, end: number): boolean {
  return end - start <= 100 && text.startsWith('By ', start) && BYLINE.test(text.slice(start, end));
}

/**
 * "Last updated July 9, 2026, 6:40 p.m.", "Published: 28 October 2025 14:02", "Posted on 2025-10-28": a
 * line that dates the page. Bounded; the date must follow the keyword.
 */
const TIMESTAMP = /^(?:Last |First )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?: on)?:? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}|\d{4}-\d\d-\d\d)[\p{L}\p{N} ,.:/-]{0,40}$/u;

/** Is text[start, end) a page's timestamp line (the caller passes a sentence a line ends)? */
export function isTimestamp(text: string, start: number, end: number): boolean {
  return end - start <= 80 && TIMESTAMP.test(text.slice(start, end));
}

/**
 * A live page's entry label at the head of a paragraph: "6:40 p.m.: ", "Wednesday, 11:50 p.m.: ",
 * "14:05 GMT: ". A clock with minutes or a.m./p.m., an optional day before it, a colon after.
 */
const ENTRY_LABEL = /^(?:\p{Lu}\p{Ll}{2,8},? )?\d{1,2}(?::\d\d(?: ?[ap]\.m\.)?| ?[ap]\.m\.)(?: [A-Z]{2,4})?: (?=\S)/u;

/** Where the text proper starts in [start, end) after an entry label, or `start` when there is none. */
export function labelEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  // a label opens on a digit or a day's capital
  if (!((c >= 48 && c <= 57) || capitalOrOther(c))) return start;
  const m = ENTRY_LABEL.exec(text.slice(start, Math.min(end, start + 40)));
  return m && start + m[0].length < end ? start + m[0].length : start;
}

/**
 * A line of a saved page that is no part of the story: a picture's caption or credit ("Photo: …",
 * "Image: …"), a link ("Read more: …", "Related: …"), an advertisement's label, a wire story's
 * credits ("(Reporting by Jane Doe; Editing by John Roe)", "Additional reporting by …"), an editor's
 * note on the page's revisions ("Editor's note: This story has been updated…"), a copyright notice.
 */
const FURNITURE = /^(?:(?:Photo|Photograph|Image|Picture|Caption|Video|Watch|Read more|READ MORE|Related|RELATED|See also|Also read|ALSO READ|Editor['’]s [Nn]ote|EDITOR['’]S NOTE)\s?:|(?:ADVERTISEMENT|Advertisement)$|\(?(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by \p{Lu}|(?:Copyright|COPYRIGHT)(?: ?(?:©|\([Cc]\)))? \d{4}|© ?(?:\d{4}|\p{Lu})|All [Rr]ights [Rr]eserved|This (?:story|article) (?:has been|was) (?:updated|corrected|amended))/u;

/** Is text[start, end) a line of page furniture (the caller passes a whole line)? */
export function isFurniture(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  // every furniture line opens on a capital, a bracket or "©": most lines skip the expression
  if (!((c >= 65 && c <= 90) || c === 40 || c === 169)) return false;
  return FURNITURE.test(text.slice(start, Math.min(end, start + 40)));
}

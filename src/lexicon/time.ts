// Time words as data for the dates stage (the HeidelTime idea: rules read resources,
// not hard-coded strings). Keys are lower case; matching is case-insensitive unless
// a rule says otherwise (month names must be capitalised: "may" is a modal verb).

/** Month names and their news abbreviations ("Sept.", "Oct."), to month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan.', 1], ['feb.', 2], ['mar.', 3], ['apr.', 4], ['jun.', 6], ['jul.', 7], ['aug.', 8],
  ['sep.', 9], ['sept.', 9], ['oct.', 10], ['nov.', 11], ['dec.', 12],
  ['jan', 1], ['feb', 2], ['aug', 8], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday names to ISO weekday (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5],
  ['saturday', 6], ['sunday', 7],
]);

/** Seasons to TIMEX3 season codes, with the month each season ends (northern hemisphere). */
export const SEASONS: ReadonlyMap<string, { code: string; lastMonth: number }> = new Map([
  ['spring', { code: 'SP', lastMonth: 5 }],
  ['summer', { code: 'SU', lastMonth: 8 }],
  ['fall', { code: 'FA', lastMonth: 11 }],
  ['autumn', { code: 'FA', lastMonth: 11 }],
  ['winter', { code: 'WI', lastMonth: 2 }],
]);

/** Parts of the day to TIMEX3 codes: "Tuesday morning" → 2025-10-28TMO. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);
/** The parts of the day in the plural ("open evenings and weekends"). */
export const DAY_PARTS_PLURAL: readonly string[] = [...DAY_PARTS.keys()].map((part) => `${part}s`);

/** Fixed-date holidays to MM-DD. */
export const HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ['christmas', '12-25'], ['christmas day', '12-25'], ['christmas eve', '12-24'],
  ["new year's day", '01-01'], ["new year's eve", '12-31'], ['independence day', '07-04'], ['fourth of july', '07-04'],
  ['halloween', '10-31'], ["valentine's day", '02-14'],
  ['boxing day', '12-26'], ['may day', '05-01'], ['juneteenth', '06-19'],
  ['veterans day', '11-11'], ["veterans' day", '11-11'], ['armistice day', '11-11'], ['remembrance day', '11-11'],
  ['bastille day', '07-14'], ['canada day', '07-01'], ['australia day', '01-26'],
]);

/**
 * Holidays on the nth weekday of a month (nth -1: the last one), to month, ISO weekday, nth.
 * US federal holidays, as in US news: "Labor Day" is the first Monday of September.
 */
export const FLOATING_HOLIDAYS: ReadonlyMap<string, { month: number; weekday: number; nth: number }> = new Map([
  ['thanksgiving', { month: 11, weekday: 4, nth: 4 }], ['thanksgiving day', { month: 11, weekday: 4, nth: 4 }],
  ['labor day', { month: 9, weekday: 1, nth: 1 }], ['labour day', { month: 9, weekday: 1, nth: 1 }],
  ['memorial day', { month: 5, weekday: 1, nth: -1 }], ['columbus day', { month: 10, weekday: 1, nth: 2 }],
  ["presidents' day", { month: 2, weekday: 1, nth: 3 }], ['presidents day', { month: 2, weekday: 1, nth: 3 }],
  ["mother's day", { month: 5, weekday: 7, nth: 2 }], ["father's day", { month: 6, weekday: 7, nth: 3 }],
  ['martin luther king day', { month: 1, weekday: 1, nth: 3 }], ['martin luther king jr. day', { month: 1, weekday: 1, nth: 3 }],
  ['mlk day', { month: 1, weekday: 1, nth: 3 }],
]);

/** Days counted from Easter Sunday: "Easter Monday" is the day after. */
export const EASTER_DAYS: ReadonlyMap<string, number> = new Map([
  ['easter', 0], ['easter sunday', 0], ['easter day', 0], ['easter monday', 1],
  ['good friday', -2], ['holy saturday', -1], ['maundy thursday', -3], ['palm sunday', -7], ['ash wednesday', -46],
  ['ascension day', 39], ['pentecost', 49], ['whit monday', 50],
]);

/** A calendar unit: its TIMEX3 duration letter and whether it takes the PT time prefix. */
export interface TimeUnit {
  /** P2Y, P3M, PT18H, P1W: the letter after the number */
  letter: string;
  /** multiplies the count: a decade is 10 years, a century 100 */
  factor: number;
  time: boolean;
  /** granularity for "N units ago" → a date value */
  grain: 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
}

/** Singular unit nouns. Plurals are formed by adding "s" ("centuries" listed). */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['second', { letter: 'S', factor: 1, time: true, grain: 'second' }],
  ['minute', { letter: 'M', factor: 1, time: true, grain: 'minute' }],
  ['hour', { letter: 'H', factor: 1, time: true, grain: 'hour' }],
  ['day', { letter: 'D', factor: 1, time: false, grain: 'day' }],
  ['week', { letter: 'W', factor: 1, time: false, grain: 'week' }],
  ['fortnight', { letter: 'W', factor: 2, time: false, grain: 'week' }],
  ['month', { letter: 'M', factor: 1, time: false, grain: 'month' }],
  ['quarter', { letter: 'Q', factor: 1, time: false, grain: 'quarter' }],
  ['year', { letter: 'Y', factor: 1, time: false, grain: 'year' }],
  ['decade', { letter: 'Y', factor: 10, time: false, grain: 'year' }],
  ['century', { letter: 'Y', factor: 100, time: false, grain: 'year' }],
  // "a quarter-century ago", "the past half century": one unit, not "a quarter" and a century
  ['quarter-century', { letter: 'Y', factor: 25, time: false, grain: 'year' }],
  ['quarter century', { letter: 'Y', factor: 25, time: false, grain: 'year' }],
  ['half-century', { letter: 'Y', factor: 50, time: false, grain: 'year' }],
  ['half century', { letter: 'Y', factor: 50, time: false, grain: 'year' }],
]);

/** Irregular unit plurals. */
export const UNIT_PLURALS: ReadonlyMap<string, string> = new Map([
  ['centuries', 'century'],
]);

/** Words that refer vaguely to the past, present or future ("recently", "now", "soon"). */
export const VAGUE_REFS: ReadonlyMap<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = new Map([
  // not "previously", "formerly", "once", "shortly": TimeBank leaves them untagged
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'], ['at present', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['at the moment', 'PRESENT_REF'],
  ['soon', 'FUTURE_REF'],
  ['the past', 'PAST_REF'], ['the future', 'FUTURE_REF'], ['the present', 'PRESENT_REF'],
  ['the near term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'],
  ['a later date', 'FUTURE_REF'],
]);

/** Adjectives before a noun that place it vaguely: "current levels" (not "recent": see below). */
export const VAGUE_ADJECTIVES: ReadonlyMap<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = new Map([
  // not "recent" alone ("other recent ceasefires"): TimeBank tags it in 6 of 15 such uses, against
  // "current" in 10 of 17; "in recent weeks" stays a period (dates/vague-period)
  ['current', 'PRESENT_REF'],
]);

/** Frequency adverbs and adjectives (TIMEX3 SET). */
export const FREQUENCIES: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'],
  // not "quarterly": TimeBank leaves "quarterly dividend" untagged
  ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'],
  ['biannually', 'P6M'], ['semiannually', 'P6M'],
]);

/** "early 2024" START, "mid-October" MID, "late last year" END. */
export const POSITION_MODS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'], ['earlier', 'START'], ['beginning of', 'START'], ['the beginning of', 'START'],
  ['the start of', 'START'], ['start of', 'START'],
  ['mid', 'MID'], ['middle of', 'MID'], ['the middle of', 'MID'],
  ['late', 'END'], ['later', 'END'], ['end of', 'END'], ['the end of', 'END'],
]);

/** Words for the first or last stretch of a period ("the final months of the year", "the first weeks of 2024"): TIMEX3 mod. */
export const STRETCH_MODS: ReadonlyMap<string, string> = new Map([
  ['first', 'START'], ['opening', 'START'], ['early', 'START'],
  ['final', 'END'], ['last', 'END'], ['closing', 'END'], ['dying', 'END'], ['late', 'END'],
]);

/** Quantity hedges before a duration or an "ago": TIMEX3 mod. */
export const QUANTITY_MODS: ReadonlyMap<string, string> = new Map([
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['about', 'APPROX'], ['around', 'APPROX'],
  ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'], ['close to', 'APPROX'],
  ['more than', 'MORE_THAN'], ['over', 'MORE_THAN'], ['at least', 'EQUAL_OR_MORE'],
  ['less than', 'LESS_THAN'], ['under', 'LESS_THAN'], ['fewer than', 'LESS_THAN'],
  ['up to', 'EQUAL_OR_LESS'], ['no more than', 'EQUAL_OR_LESS'], ['at most', 'EQUAL_OR_LESS'],
]);

/** Vague counts before a plural unit: "a few days" → PXD, "several years" → PXY. */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set([
  'a few', 'few', 'several', 'many', 'some', 'a couple of', 'a number of', 'the coming',
  'recent', 'the past few', 'the last few', 'the next few', 'coming',
]);

/** Words after "this/last/next" that name a calendar period. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century',
]);

/**
 * Time words written in lower case when they tell a time. Capitalised inside a sentence next
 * to another capitalised word they belong to a name ("USA Today", "the Spring Festival", "the
 * Six-Day War", "the Seven Years' War"); TIMEX3 leaves time words inside names untagged.
 */
export const LOWERCASE_TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'century', 'centuries', 'decade', 'decades', 'year', 'years', 'month', 'months', 'week', 'weeks',
  'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'morning', 'afternoon', 'evening', 'night',
  'noon', 'midnight', 'now', 'current', 'recent',
]);

/** Newspaper and programme nouns after a weekday: "The Sunday Times", "the Sunday Telegraph". */
export const WEEKDAY_TITLE_NOUNS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'post', 'express', 'mirror', 'herald', 'tribune', 'observer', 'independent',
  'mail', 'star', 'standard', 'nation', 'news', 'journal', 'age', 'sport', 'people', 'review',
]);

/**
 * Words that may follow "a Saturday" without making the name a modifier of a noun: "on a
 * Saturday morning, knowing", "on a Monday in March" are one such day, undated; "a Sunday night
 * memorial service" is the day of that service.
 */
export const NOT_NOUN_AFTER_DAY: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'when', 'while', 'as', 'so', 'that', 'in', 'at', 'on', 'of', 'with', 'after', 'before',
  'like', 'than', 'because', 'if', 'until', 'for', 'to', 'just', 'not',
]);

/**
 * Things named after a holiday, which date nothing: "Christmas trees from Oregon", "Christmas
 * cards", "Halloween costumes", "Easter Island" (POLNEAR dev); compared lower-cased. "Christmas Eve", "the Christmas holidays", "Easter
 * weekend" still name the time.
 */
export const HOLIDAY_OBJECTS: ReadonlySet<string> = new Set([
  'tree', 'trees', 'card', 'cards', 'light', 'lights', 'carol', 'carols', 'decoration', 'decorations',
  'ornament', 'ornaments', 'present', 'presents', 'gift', 'gifts', 'stocking', 'stockings', 'costume',
  'costumes', 'candy', 'music', 'song', 'songs', 'movie', 'movies', 'film', 'films', 'sweater', 'sweaters',
  'album', 'special', 'episode', 'ham', 'turkey', 'bunny', 'egg', 'eggs', 'spirit', 'story', 'stories',
  // places and events named after one ("Easter Island", "the Easter Rising", "a Christmas market")
  'island', 'islands', 'rising', 'market', 'markets', 'fair', 'fairs',
]);

/**
 * Street types: a four-digit number before a street's name is a house number, not a year ("1446
 * Airline Road"). Written for this project (US and UK usage).
 */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Way',
  'Court', 'Ct', 'Highway', 'Hwy', 'Place', 'Pl', 'Parkway', 'Pkwy', 'Circle', 'Terrace', 'Pike', 'Trail',
]);

/** Before "tomorrow" or "today", words that make it the future or the present age, no day: "a brighter tomorrow". */
export const GENERIC_DAY_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'their', 'your', 'his', 'her', 'my', 'its']);
export const GENERIC_DAY_ADJECTIVES: ReadonlySet<string> = new Set([
  'better', 'brighter', 'bright', 'new', 'safer', 'greener', 'happier', 'fairer', 'stronger', 'prosperous', 'hopeful',
]);

/**
 * Occasions of one day: after "today's" they make it that day ("Today's verdict shows…", "today's
 * vote", "in today's editions"), where "today's youth", "today's world" are the present age and
 * no date. Written for this project.
 */
export const DAY_OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'verdict', 'ruling', 'decision', 'vote', 'election', 'referendum', 'meeting', 'talks', 'summit',
  'session', 'sitting', 'hearing', 'debate', 'announcement', 'statement', 'speech', 'briefing',
  'match', 'game', 'race', 'final', 'rally', 'protest', 'march', 'strike', 'walkout', 'attack',
  'bombing', 'edition', 'editions', 'episode', 'broadcast', 'programme', 'program', 'show', 'quiz',
  'deadline', 'ceremony', 'funeral', 'parade', 'launch', 'auction', 'signing', 'visit', 'trading',
]);

/**
 * Abbreviated units of measure after a four-digit number make it an amount, not a year: "2000 mt of
 * wheat", "1200 km", "1500 MW", "1800 ft" (compared lower-cased; "2000 BC" stays a year).
 */
export const MEASURE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mt', 'kg', 'km', 'cm', 'mm', 'ft', 'lb', 'lbs', 'oz', 'mph', 'kph', 'kmh', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh',
  'bpd', 'hp', 'sq', 'mi', 'yd', 'yds', 'gal', 'ml', 'mg', 'tonne', 'tonnes', 'tons', 'metres', 'meters', 'feet', 'miles',
]);

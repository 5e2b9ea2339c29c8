import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment, splitSentences } from '../src/stages/segment.js';
import { datelineEnd, labelEnd } from '../src/stages/segment/dateline.js';
import { extractText } from '../src/extract.js';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

function segmented(text: string) {
  const doc = createDoc(text);
  segment.run(doc, { referenceDate: null, lexicon: { entities: [] } });
  return doc;
}

/** The paragraphs of a text as [kind, text]. */
function paragraphs(text: string): Array<[string, string]> {
  const doc = segmented(text);
  return doc.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]);
}

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    // abbreviations stay inside their sentence
    ['Dr. Ali met Mr. Khan on Jan. 27 in the U.S. capital.', ['Dr. Ali met Mr. Khan on Jan. 27 in the U.S. capital.']],
    ['John F. Kennedy spoke.', ['John F. Kennedy spoke.']],
    // "Del." is a delegate's title before a name, and Delaware after its city's comma (eighteenth session)
    ['It is a waste, said Del. Mara Quint of Guam.', ['It is a waste, said Del. Mara Quint of Guam.']],
    ['A man from Dover, Del. Police said he fled.', ['A man from Dover, Del.', 'Police said he fled.']],
    // an ordinal is no abbreviation; an abbreviation before a quotation that opens with a capital ends its sentence
    ['It has gone on since January 1st. Thousands were hurt.', ['It has gone on since January 1st.', 'Thousands were hurt.']],
    ['The vote closes at 5p.m. Tuesday in the capital.', ['The vote closes at 5p.m. Tuesday in the capital.']],
    ['He joined Smith Barney & Co. “It will be hard,” he said.', ['He joined Smith Barney & Co.', '“It will be hard,” he said.']],
    ['She praised the U.S. “special relationship” on Monday.', ['She praised the U.S. “special relationship” on Monday.']],
    ['It was in the filings. Sens. Ann Lee and Tom Ray wrote to Atty. Gen. Ruiz.', ['It was in the filings.', 'Sens. Ann Lee and Tom Ray wrote to Atty. Gen. Ruiz.']],
    ['It happened at 8 a.m. Tuesday near the station.', ['It happened at 8 a.m. Tuesday near the station.']],
    // after a clock any capital opens a sentence but a day, a month or a time zone (BLIND10 S1)
    ['Workers threw bricks shortly before 11 a.m. Industrial police chief Mahbub Rahman said it was calm.', [
      'Workers threw bricks shortly before 11 a.m.', 'Industrial police chief Mahbub Rahman said it was calm.',
    ]],
    ['Polls close at 7 p.m. EST and at 9 p.m. Sept. 3 in the west, or 10 a.m. Eastern.', ['Polls close at 7 p.m. EST and at 9 p.m. Sept. 3 in the west, or 10 a.m. Eastern.']],
    // paragraphs glued in a scraped page: a lower-case word, a full stop, a capitalised word
    ['They opened fire and then ran away.Officers found two men.', ['They opened fire and then ran away.', 'Officers found two men.']],
    ['It was in the U.S.The talks ended.', ['It was in the U.S.The talks ended.']],
    // a month's abbreviation goes on into a day or another month, not into a name: "Jun" and "Jan" are names too
    ['The deal was signed by Li Jun. Li later said it was fair.', ['The deal was signed by Li Jun.', 'Li later said it was fair.']],
    ['The talks ran from Sept. 3 to Oct. 5, 2024.', ['The talks ran from Sept. 3 to Oct. 5, 2024.']],
    ['Filings rose in Sept. and Oct. Officials were surprised.', ['Filings rose in Sept. and Oct.', 'Officials were surprised.']],
    ['It was due on Dec. 2025 was a bad year.', ['It was due on Dec. 2025 was a bad year.']],
    // a dateline's abbreviation before a wire credit and its dash; a parenthesis after a sentence still splits
    ['SPRINGFIELD, Ill. (AP) — The council met on Monday.', ['SPRINGFIELD, Ill. (AP) — The council met on Monday.']],
    ['DOVER, Del. (Reuters) - The vote was delayed.', ['DOVER, Del. (Reuters) - The vote was delayed.']],
    ['The vote was delayed. (The council had met twice.)', ['The vote was delayed.', '(The council had met twice.)']],
    // an abbreviation that does end its sentence
    ['Troops left the U.S. The talks resumed.', ['Troops left the U.S.', 'The talks resumed.']],
    // a closing quotation mark stays with its sentence
    ['“We will win.” He smiled.', ['“We will win.”', 'He smiled.']],
    ['"Is it over?" she asked. Nobody knew.', ['"Is it over?" she asked.', 'Nobody knew.']],
    ['Prices rose 3.5 percent. Wages fell.', ['Prices rose 3.5 percent.', 'Wages fell.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    // "no." ends a sentence unless a number follows ("No. 3")
    ['Five said yes; four, no. Others abstained.', ['Five said yes; four, no.', 'Others abstained.']],
    ['He was ranked No. 3 in the world.', ['He was ranked No. 3 in the world.']],
    // a reference's abbreviation goes on into its number, and ends a sentence otherwise
    ['See p. 4 for details. He cited Art. 5 of the treaty.', ['See p. 4 for details.', 'He cited Art. 5 of the treaty.']],
    ['The essay ends on p. She turned the page.', ['The essay ends on p.', 'She turned the page.']],
    // a place's clock after the time goes on with it ("Time magazine" after a clock opens a sentence)
    ['The plane landed at 1:30 p.m. Colombia time. The others stayed.', ['The plane landed at 1:30 p.m. Colombia time.', 'The others stayed.']],
    ['It landed at 9 a.m. New York time on Friday.', ['It landed at 9 a.m. New York time on Friday.']],
    ['The meeting ended at 5 p.m. Time magazine reported it.', ['The meeting ended at 5 p.m.', 'Time magazine reported it.']],
    // TimeBank-style ``quotes''
    ["He refused to say. ``It was a bomb,'' he said.", ['He refused to say.', "``It was a bomb,'' he said."]],
    // short lines inside a paragraph are a table or list, not wrapped prose
    ['KENYA:\nTotal dead: 10\nInjured: 74', ['KENYA:', 'Total dead: 10', 'Injured: 74']],
    [
      'The talks in the capital ran for nearly eighteen hours on\nMonday before both delegations left the hotel.',
      ['The talks in the capital ran for nearly eighteen hours on\nMonday before both delegations left the hotel.'],
    ],
    // a list item starts a sentence, without its marker, even after a long line with no stop
    [
      '- At least 63 people have been killed, according to the Home Ministry. Police put the toll at 51.\n- Dozens of homes were swept away in the district overnight\n* The highway remains closed.',
      ['At least 63 people have been killed, according to the Home Ministry.', 'Police put the toll at 51.', 'Dozens of homes were swept away in the district overnight', 'The highway remains closed.'],
    ],
    ['Officials listed what was known about the two routes that remain open to traffic:\n1. The coast road is open.\n2) The rail line runs.', ['Officials listed what was known about the two routes that remain open to traffic:', 'The coast road is open.', 'The rail line runs.']],
    ['\u2022 Schools will stay shut until Monday.', ['Schools will stay shut until Monday.']],
    // not a list: a dash or a number inside a wrapped line, a minus sign, an en dash opening a line
    ['Temperatures fell to -5 degrees.', ['Temperatures fell to -5 degrees.']],
    [
      'The minister said the cuts to the regional budgets would be reversed in full\n– after a long pause – once the review was complete.',
      ['The minister said the cuts to the regional budgets would be reversed in full\n– after a long pause – once the review was complete.'],
    ],
    [
      'The council approved the plan after a debate that ran for more than\n12 hours on Tuesday and ended after midnight.',
      ['The council approved the plan after a debate that ran for more than\n12 hours on Tuesday and ended after midnight.'],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('segment', () => {
  it('tells the title and headings from body sentences', () => {
    const text = 'Talks Stumble As Mistrust Deepens\n\nThe talks failed. Both sides left.\n\nA Fraught Relationship\n\nTies worsened.';
    const doc = segmented(text);
    expect(doc.title).toBe('Talks Stumble As Mistrust Deepens');
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'heading', 'body']);
    expect(doc.sentences.filter((s) => s.body).map((s) => text.slice(s.start, s.end))).toEqual([
      'The talks failed.',
      'Both sides left.',
      'Ties worsened.',
    ]);
  });

  it('treats every line as a paragraph when there is no blank line', () => {
    const doc = segmented('First line here.\nSecond line here.\r\nThird.');
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.title).toBeNull();
  });

  it('keeps offsets true across CRLF, NBSP and emoji', () => {
    const text = 'Title Here\r\n\r\n\u00a0It rained 🌧 all day. Then it stopped.\r\n';
    const doc = segmented(text);
    for (const s of doc.sentences) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Title Here',
      'It rained 🌧 all day.',
      'Then it stopped.',
    ]);
  });

  it('keeps numbers and hyphenated names as one token', () => {
    const doc = segmented('Over 2,500 people met Tehreek-e-Taliban Pakistan’s envoy.');
    expect(doc.sentences[0]!.tokens.map((t) => t.text)).toEqual([
      'Over', '2,500', 'people', 'met', 'Tehreek-e-Taliban', 'Pakistan’s', 'envoy', '.',
    ]);
  });

  // [text, tokens as "text/kind"]: joiners, separators, marks, astral letters and other scripts
  const TOKENS: [string, string[]][] = [
    ['AT&T cut 3.5m jobs', ['AT&T/word', 'cut/word', '3.5/number', 'm/word', 'jobs/word']],
    ['U.S. forces', ['U/word', './punct', 'S/word', './punct', 'forces/word']],
    ["a- -b rock'n'roll", ['a/word', '-/punct', '-/punct', 'b/word', "rock'n'roll/word"]],
    ['1,2,3 and 4,', ['1,2,3/number', 'and/word', '4/number', ',/punct']],
    ['Ōsaka e\u0301te ٢٠٢٥', ['Ōsaka/word', 'e\u0301te/word', '٢٠٢٥/number']],
    ['𝐀𝐁c 🌧x', ['𝐀𝐁c/word', '🌧/punct', 'x/word']],
    ['x\u00a0y\u200bz', ['x/word', 'y/word', '\u200b/punct', 'z/word']],
    ['“Yes,” she said', ['“/punct', 'Yes/word', ',/punct', '”/punct', 'she/word', 'said/word']],
    // a site's address is one token, cut from the first word of a scraped article glued to it
    ['news4.comTwo men', ['news4.com/word', 'Two/word', 'men/word']],
    ['see cbs.org and NASA.gov.', ['see/word', 'cbs.org/word', 'and/word', 'NASA.gov/word', './punct']],
    ['DALLAS (CBSDFW.COM) —', ['DALLAS/word', '(/punct', 'CBSDFW.COM/word', ')/punct', '—/punct']],
    // a country's two-letter domain, lower case, that ends the word (not "us" after a space, not "U.S.")
    ['by PowerOutage.us.', ['by/word', 'PowerOutage.us/word', './punct']],
    ['told us. The U.S. said', ['told/word', 'us/word', './punct', 'The/word', 'U/word', './punct', 'S/word', './punct', 'said/word']],
    ['the .usual x.usb', ['the/word', './punct', 'usual/word', 'x/word', './punct', 'usb/word']],
    // not an address: a dot before a longer word, or before a capital after a capital domain
    ['the .comedy club', ['the/word', './punct', 'comedy/word', 'club/word']],
    ['stay.comfortable X.COMPANY', ['stay/word', './punct', 'comfortable/word', 'X/word', './punct', 'COMPANY/word']],
  ];
  it.each(TOKENS)('tokenizes %j', (text, expected) => {
    const tokens = segmented(text).sentences.flatMap((s) => s.tokens);
    expect(tokens.map((t) => `${t.text}/${t.kind}`)).toEqual(expected);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.lower).toBe(t.text.toLowerCase());
    }
  });

  it('keeps a word with soft hyphens whole, and reads it without them', () => {
    // scraped pages leave U+00AD inside words: "Den\u00adnis" was "Den" and "nis"
    const tokens = segmented('Den\u00adnis Rosen\u00adbaum was KIL\u00adLED.').sentences[0]!.tokens;
    expect(tokens.map((t) => t.text)).toEqual(['Den\u00adnis', 'Rosen\u00adbaum', 'was', 'KIL\u00adLED', '.']);
    expect(tokens.map((t) => t.lower)).toEqual(['dennis', 'rosenbaum', 'was', 'killed', '.']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(segmented('').sentences).toEqual([]);
    expect(segmented(' \n\n \t ').sentences).toEqual([]);
  });
});

// Tokens of Latin-1 characters are sliced from a one-byte copy of the text (segment.ts, tokenize):
// whatever their source, every token must read exactly as the text does at its offsets.
describe('tokens in an article with characters outside Latin-1', () => {
  const text = '“Don’t,” said Łukasz Nowak in Zürich — naïve Ōsaka officials, 𝐀lpha and the CAFÉ’s €5 “deal”.';
  const tokens = segmented(text).sentences.flatMap((s) => s.tokens);
  it('gives each token the text at its offsets, lower-cased as the text is', () => {
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.lower).toBe(t.text.toLowerCase());
    }
  });
  it('keeps words with characters past Latin-1 whole', () => {
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Don’t', 'Łukasz', 'Zürich', 'naïve', 'Ōsaka', '𝐀lpha', 'CAFÉ’s', '€']));
  });
});

describe('segment: a headline glued to the story\'s dateline, no site address between', () => {
  it.each([
    ['Suspect hurt after officer-involved shootingEAU CLAIRE, Wis. (WEAU) -- Police say the suspect had a knife.',
      'Suspect hurt after officer-involved shooting', 'EAU CLAIRE, Wis. (WEAU) -- Police say the suspect had a knife.'],
    ['Man shot on the west sideDETROIT (WXYZ) - Police are investigating.', 'Man shot on the west side', 'DETROIT (WXYZ) - Police are investigating.'],
    ['Man shot on east side | Channel 59LAKEVILLE, Ind. (Dec. 10, 2015) – Police are investigating.',
      'Man shot on east side | Channel 59', 'LAKEVILLE, Ind. (Dec. 10, 2015) – Police are investigating.'],
    ['Deputy hurt « Channel 9 NewsAURORA, Colo. (KXY9) – A deputy was shot.', 'Deputy hurt « Channel 9 News', 'AURORA, Colo. (KXY9) – A deputy was shot.'],
  ])('cuts %s before the dateline', (text, title, body) => {
    expect(paragraphs(text)).toEqual([['title', title], ['body', body]]);
    // the dateline with its broadcaster's credit stays in the story's first sentence
    expect(segmented(text).sentences.filter((s) => s.body).map((s) => text.slice(s.start, s.end))[0]).toBe(body);
  });
  it.each([
    'The iPhone maker said on Monday that sales rose.',
    'He joined McDONALD and Partners in 2010 - a small firm.',
  ])('leaves %s whole', (text) => {
    expect(paragraphs(text)).toHaveLength(1);
  });
});

describe('segment: a site\'s name after the headline\'s bar glued to the story\'s first word', () => {
  it.each([
    ['Trooper car shot at overnight | Local News - HomeState troopers are searching for two men.',
      'Trooper car shot at overnight | Local News - Home', 'State troopers are searching for two men.'],
    ['Arrest made in weekend shooting | The Harbor ChroniclePolice responded on Saturday.',
      'Arrest made in weekend shooting | The Harbor Chronicle', 'Police responded on Saturday.'],
    ['Teen shot in the leg | | Lakeside Morning NewsLakeside police arrested four people.',
      'Teen shot in the leg | | Lakeside Morning News', 'Lakeside police arrested four people.'],
  ])('cuts %s after the site\'s name', (text, title, body) => {
    expect(paragraphs(text)).toEqual([['title', title], ['body', body]]);
  });
  it.each([
    // a capital inside a name, an address, a capital too far from the bar, no bar at all
    'Man charged | KTVNewsNow reports that a man was charged.',
    'Man charged | LakeTimes.com -- Lake news, homes and peopleAn 18-year-old was charged.',
    'Man charged | Local News from the valley, the hills, the coast, the lakes and all the towns in the HomeState.',
    'Sales rose at the McDonalds in LakeTown on Monday, police said.',
  ])('leaves %s whole', (text) => {
    expect(paragraphs(text)).toHaveLength(1);
  });
});

describe('segment: a wire story\'s dateline, kept in its sentence, starts no claim', () => {
  it.each([
    ["TOKYO, Nov 18 (Reuters) - Japan's economy is likely to grow.", "TOKYO, Nov 18 (Reuters) - "],
    ['SITAMARHI, India (Reuters) — At least 38 people were killed.', 'SITAMARHI, India (Reuters) — '],
    ['ALLENTOWN, Pa. (AP) — The family called for charges.', 'ALLENTOWN, Pa. (AP) — '],
    ['SAN BERNARDINO, Calif. -- It started at a party.', 'SAN BERNARDINO, Calif. -- '],
    ['WASHINGTON — The Senate voted on Monday.', 'WASHINGTON — '],
    // no dateline: a country pair, a sentence's own dash, a name in capitals
    ['YEREVAN/BAKU (Reuters) - Armenia and Azerbaijan traded accusations.', 'YEREVAN/BAKU (Reuters) - '],
    ['US - China talks resumed on Monday.', ''],
    // a city in title case with its date (the date is required)
    ['Muscat, 14 April 2026 — At least nine people died.', 'Muscat, 14 April 2026 — '],
    ['Geneva, March 3 (Reuters) - Talks resumed.', 'Geneva, March 3 (Reuters) - '],
    ['Paris, France, Nov. 3, 2025 - The talks ended.', 'Paris, France, Nov. 3, 2025 - '],
    ['Smith, 45 — a teacher — died.', ''],
    ['Rescue efforts went on.', ''],
    ['A man - who was shot - died.', ''],
    ['NATO said it would act.', ''],
  ])('%s', (text, dateline) => {
    expect(text.slice(0, datelineEnd(text, 0, text.length))).toBe(dateline);
  });
  it('reads a byline on its own line atop the dateline as no body text', () => {
    const text = 'Shares Fall\n\nBy Jane Doe and Li Wei\nLONDON (Reuters) - Shares fell on Monday, traders said.';
    const doc = segmented(text);
    expect(doc.sentences.map((s) => [s.body, text.slice(s.start, s.end)])).toEqual([
      [false, 'Shares Fall'], [false, 'By Jane Doe and Li Wei'], [true, 'LONDON (Reuters) - Shares fell on Monday, traders said.'],
    ]);
    expect(extractText(text, { referenceDate: '2025-10-28' }).claims.map((c) => c.text)).toEqual(['Shares fell on Monday']);
    // a sentence that opens with "By" is no byline
    expect(segmented('By Monday the talks had failed.\nNobody came.').sentences.every((s) => s.body)).toBe(true);
  });
  it('reads a timestamp line above the dateline as no body text, and still reads its date (BLIND10 S2)', () => {
    const text = 'Floods Kill 64\n\nLast updated July 9, 2026, 6:40 p.m.\n\nKATHMANDU, Nepal (AP) - The toll rose to 64, the ministry said.';
    expect(segmented(text).sentences.map((s) => s.body)).toEqual([false, false, true]);
    const result = extractText(text, { referenceDate: '2026-07-09' });
    expect(result.claims.map((c) => c.text)).toEqual(['The toll rose to 64']);
    expect(result.dates.map((d) => d.value)).toEqual(['2026-07-09T18:40']);
    // a sentence that opens with "Updated" is no timestamp
    expect(segmented('Updated figures came on Monday.\nNobody came.').sentences.every((s) => s.body)).toBe(true);
  });
  it('reads a second timestamp line, a caption, a link, an advert label and wire credits as no body text', () => {
    const text = [
      'Ferry Capsizes', '', 'Published 14 March 2026, 08:15 GMT', 'Updated 14 March 2026, 11:40 GMT', '',
      'JAKARTA (Reuters) - At least 17 people drowned, the agency said.', '', 'ADVERTISEMENT', '',
      'Photo: Rescuers carry a survivor at the port, March 14, 2026. REUTERS/Staff', '',
      'Read more: Ferry safety under scrutiny', '', 'The captain was detained, police said.', '',
      '(Reporting by Ana Cruz; Editing by Tom Hale)',
    ].join('\n');
    expect(segmented(text).sentences.filter((s) => s.body).map((s) => text.slice(s.start, s.end))).toEqual([
      'JAKARTA (Reuters) - At least 17 people drowned, the agency said.', 'The captain was detained, police said.',
    ]);
    const result = extractText(text, { referenceDate: '2026-03-14' });
    expect(result.claims.map((c) => c.text)).toEqual(['At least 17 people drowned', 'The captain was detained']);
    // the credits name no organisation "Editing"
    expect(result.actors.map((a) => a.name)).not.toContain('Editing');
    // a sentence that opens with such a word is still the story's
    expect(segmented('Video footage showed the crash.\nReporting by the BBC found more.').sentences.every((s) => s.body)).toBe(true);
  });
  it("reads an editor's note and a copyright notice as no body text, so the dateline opens the first claim", () => {
    const text = [
      'Floods Kill 31 in Brazil', '', "Editor's note: This story has been updated with the latest figures.", '',
      'PORTO ALEGRE, Brazil (Reuters) -- The death toll rose to 31 on Thursday, the civil defense agency said.', '',
      'This article was amended on Friday to correct a name.', '', 'Copyright 2026 Thomson Reuters. All rights reserved.', '',
      '© 2026 The Daily Ledger', '',
    ].join('\n');
    expect(segmented(text).sentences.filter((s) => s.body).map((s) => text.slice(s.start, s.end))).toEqual([
      'PORTO ALEGRE, Brazil (Reuters) -- The death toll rose to 31 on Thursday, the civil defense agency said.',
    ]);
    expect(extractText(text, { referenceDate: '2026-05-01' }).claims.map((c) => c.text)).toEqual(['The death toll rose to 31 on Thursday']);
    // story sentences that open with such words stay
    expect(segmented('Copyright lawyers met on Monday.\nThis story was told by her son.').sentences.every((s) => s.body)).toBe(true);
  });
  it.each([
    ['6:40 p.m.: The toll rose to 64.', 11],
    ['Wednesday, 11:50 p.m.: The toll stood at 47.', 23],
    ['14:05 GMT: Rescuers reached the village.', 11],
    // no clock, or no colon and space after it: no label
    ['12: The number of dead is 12.', 0],
    ['At 6:40 p.m. the toll rose.', 0],
    ['6:40 p.m.:', 0],
  ])('a live entry label: %s', (text, end) => {
    expect(labelEnd(text, 0, text.length)).toBe(end);
  });
  it('starts a claim after a live entry label that opens its paragraph (BLIND10 S3)', () => {
    const text = 'Floods live\n\n6:40 p.m.: The toll rose to 64, the ministry said.';
    expect(extractText(text, { referenceDate: '2026-07-09' }).claims.map((c) => c.text)).toEqual(['The toll rose to 64']);
  });
  it('gives a participle cue in the dateline sentence the subject after the dateline, the name in apposition to an owner\'s title', () => {
    const text = 'COPENHAGEN, Nov 20 (AP) — Denmark\'s defence minister, Lars Holm, on Thursday denied any role, calling the claims "a smear."';
    const result = extractText(text, { referenceDate: '2026-11-21' });
    expect(result.quotes.map((q) => q.speaker?.text)).toEqual(['Lars Holm']);
  });
  it('gives the first claim the text after the dateline, and keeps the place and the credit as actors', () => {
    const text = 'GENEVA (Reuters) — More than 1,200 people have died at sea this year, the UN refugee agency said.';
    const result = extractText(text, { referenceDate: '2025-10-28' });
    expect(result.claims[0]!.text).toBe('More than 1,200 people have died at sea this year');
    expect(result.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['GENEVA', 'Reuters']));
  });
});

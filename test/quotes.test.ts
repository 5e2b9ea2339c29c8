import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { falseSpans, schemaErrors } from './helpers/check.js';

const REF = { referenceDate: '2025-10-28' };

function quotesOf(text: string) {
  const result = extractText(text, REF);
  expect(schemaErrors(result)).toEqual([]);
  expect(falseSpans(result, text)).toEqual([]);
  return result;
}

type Row = [string, string, string | null, string];

describe('quotes: text, speaker span and kind', () => {
  const cases: Row[] = [
    // speaker after, curly marks
    ['“We will not back down,” Maria Lopez said.', 'We will not back down,', 'Maria Lopez', 'full'],
    // inverted
    ['“The plan is dead,” said Mr. Smith.', 'The plan is dead,', 'Mr. Smith', 'full'],
    // straight marks, speaker before, colon
    ['The minister told reporters: "Prices will fall by spring."', 'Prices will fall by spring.', 'The minister', 'full'],
    // appositive
    ['Ana Ruiz, a former judge, said the ruling was “deeply flawed.”', 'deeply flawed.', 'Ana Ruiz', 'partial'],
    // participial frame
    ['Governor Tom Hale, speaking at a rally in Ohio, said he would “fix the roads first.”', 'fix the roads first.', 'Governor Tom Hale', 'partial'],
    // partial quote inside reported speech takes the reporting clause's speaker
    ['Union leaders accused the company of “breaking every promise.”', 'breaking every promise.', 'Union leaders', 'partial'],
    // guillemets and low-9 marks
    ['«Nous resterons», said Jean Martin, a union official.', 'Nous resterons', 'Jean Martin', 'full'],
    ['„Wir bleiben hier“, said Anna Weber.', 'Wir bleiben hier', 'Anna Weber', 'full'],
    // doubled straight single marks
    ["''This is not reform,'' said Paul Kern.", 'This is not reform,', 'Paul Kern', 'full'],
    // dash sign-off
    ['"The new route saves me an hour." - Priya Natarajan, nurse', 'The new route saves me an hour.', 'Priya Natarajan', 'full'],
    // "X told Y"
    ['One official told the agency that “talks are frozen.”', 'talks are frozen.', 'One official', 'partial'],
    // mixed styles: a straight mark opens, a curly one closes, and the other way round
    ['"The budget is a fantasy,” said Omar Haddad, a city auditor.', 'The budget is a fantasy,', 'Omar Haddad', 'full'],
    ['“The vote was rigged," Council Member Dana Reyes said.', 'The vote was rigged,', 'Council Member Dana Reyes', 'full'],
    // a name right before a speech participle and a quote
    ['The ad shows footage of Maria Lopez saying, “We will win.”', 'We will win.', 'Maria Lopez', 'full'],
    // "put it" with a quote after a comma
    ['As Ms. Ross put it, “The plan is dead.”', 'The plan is dead.', 'Ms. Ross', 'full'],
    // … after an apposition and an adverb ("put" is read as the past, as "read" is)
    ['As Ed Marsh, a tax lawyer, recently put it, “Who pays?”', 'Who pays?', 'Ed Marsh', 'full'],
    ['“The mill will close by June,” the article read.', 'The mill will close by June,', 'the article', 'full'],
    // a crowd's chant; a participle after "while"; a view given to an object ("branded X “…”")
    ['Protesters marching through the streets chanted “What curfew?” and kept going.', 'What curfew?', 'Protesters marching through the streets', 'partial'],
    ['Ana Ruiz circled the plaza while chanting, “No more cuts.”', 'No more cuts.', 'Ana Ruiz', 'full'],
    ['Japan branded the regime an “outlaw nation.”', 'outlaw nation.', 'Japan', 'partial'],
    // an inverted speaker led by a lower-case title or a number
    ['“The veto is wrong,” said 9/11 widow Rita Moss.', 'The veto is wrong,', '9/11 widow Rita Moss', 'full'],
    ['“We will win,” said former governor Ann Lee.', 'We will win,', 'former governor Ann Lee', 'full'],
    // a double mark spaced off the single mark it closes around
    ['"I resent the label \'special interest,\' " Tom Baker told the crowd.', "I resent the label 'special interest,' ", 'Tom Baker', 'full'],
    // a setting between the cue and the quotation's comma
    ['Mayor Ana Ruiz said in a statement, “We will not back down.”', 'We will not back down.', 'Mayor Ana Ruiz', 'full'],
    ['Ruiz said on the other hand, “the old system works fine for most families.”', 'the old system works fine for most families.', 'Ruiz', 'partial'],
    ['Ruiz told reporters on Monday, “The budget is balanced.”', 'The budget is balanced.', 'Ruiz', 'full'],
    ['The ad ends with footage of Tom Baker saying during the debate last week, “That makes me smart.”', 'That makes me smart.', 'Tom Baker', 'full'],
    // a participle after a relative clause's cue: the sentence's subject speaks, not "who"
    ['Baker was defensive about a builder who said he was never paid, saying, “Maybe he did a poor job.”', 'Maybe he did a poor job.', 'Baker', 'full'],
    // a speaker after the quotation wins over a colon lead-in's document
    ['The statement also praised her record: “Her fight has opened doors for women,” the union wrote.', 'Her fight has opened doors for women,', 'the union', 'full'],
  ];
  it.each(cases)('%s', (text, quote, speaker, kind) => {
    const q = quotesOf(text).quotes.find((x) => x.text === quote);
    expect(q, `no quote ${quote}`).toBeDefined();
    expect(q!.speaker?.text ?? null).toBe(speaker);
    expect(q!.kind).toBe(kind);
  });

  it('carries the speaker over to a quote-only paragraph after a multi-paragraph quote', () => {
    const text = 'Mayor Ellen Cho spoke first. “We waited too long,” she said.\n\n“The river does not wait.\n\n“It never has.”';
    const result = quotesOf(text);
    // one quote per paragraph (the next describe)
    expect(result.quotes.map((q) => q.text)).toEqual(['We waited too long,', 'The river does not wait.', 'It never has.']);
    expect(result.quotes[1]!.rule).toBe('quotes/carry-over');
    expect(result.quotes[1]!.speaker?.start).toBe(result.quotes[0]!.speaker?.start);
    expect(result.quotes[2]!.speaker?.start).toBe(result.quotes[0]!.speaker?.start);
  });

  it('warns about an unbalanced mark and still handles the rest', () => {
    // the next paragraph does not reopen the mark, so this is no multi-paragraph quote
    const text = 'He said “we will see.\n\nLee said: “Fine.”';
    const result = quotesOf(text);
    expect(result.warnings.some((w) => w.code === 'unbalanced-quote' && w.start === 8)).toBe(true);
    expect(result.quotes.map((q) => q.text)).toEqual(['Fine.']);
    expect(result.quotes[0]!.speaker?.text).toBe('Lee');
  });

  it('takes a nickname for a scare quote with no speaker', () => {
    const q = quotesOf('Boxer Marcus "The Hammer" Bell lost on Sunday.').quotes;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ text: 'The Hammer', kind: 'scare', speaker: null });
  });

  it('takes a so-called term for a scare quote', () => {
    const q = quotesOf('The district spent money on a so-called “customer experience” office.').quotes;
    expect(q[0]).toMatchObject({ kind: 'scare', speaker: null });
  });

  // a term quoted as someone's own name for a thing: the namer speaks it, and no claim is made of it
  const named: Array<[string, string, string | null]> = [
    ['The Harbour Authority sued the firm. A lawyer told the judge the agency would seek $3 million in what it called “ill-gotten gains,” plus a fine.', 'it', 'Harbour Authority'],
    ['The Vale County Council pledged new fines as a deterrent to what it called “a clear threat to the river.”', 'it', 'Vale County Council'],
    ['Critics attacked what Mayor Dana Ortiz described as “a modest fix.”', 'Mayor Dana Ortiz', null],
  ];
  it.each(named)('%s', (text, speaker, actor) => {
    const result = quotesOf(text);
    const q = result.quotes[result.quotes.length - 1]!;
    expect(q).toMatchObject({ kind: 'partial', speaker: { text: speaker }, rule: 'quotes/what-called' });
    if (actor) expect(result.actors.find((a) => a.id === q.speaker!.actor)?.name).toBe(actor);
    expect(result.claims.filter((c) => c.cue && /called|described/.test(c.cue.text))).toEqual([]);
  });
  // the person the sentence before opens with, not the last one named (with no speaker before); "the electoral
  // office" names the State Electoral Office named before
  it('takes the opener of the sentence before for "she"', () => {
    const result = quotesOf('Ruth Calloway took over Maple Ridge Holdings from Dana Pruitt in 1979. "He didn\'t think I could do it," she recalls.');
    const q = result.quotes[0]!;
    expect(result.actors.find((a) => a.id === q.speaker?.actor)?.name).toBe('Ruth Calloway');
  });
  it('links "the electoral office" to the office named before', () => {
    const result = quotesOf('Turnout was 61 percent, according to the State Electoral Office. Final results would be confirmed on Thursday, the electoral office said.');
    const c = result.claims.find((x) => x.source?.text === 'the electoral office')!;
    expect(result.actors.find((a) => a.id === c.source!.actor)?.name).toBe('State Electoral Office');
  });
  it.each([
    'The district spent money on what was called “customer experience” work.',
    'She now leads a group called “Parents for Parks.”',
  ])('leaves an unnamed namer alone: %s', (text) => {
    expect(quotesOf(text).quotes[0]!.rule).not.toBe('quotes/what-called');
  });
});

describe('claims: "put it" and participles are no cue without a quote', () => {
  it.each([
    'The council put it on hold until March.',
    'Video of Maria Lopez saying goodbye went viral.',
    // "put" with an estimate noun but no "at" figure, or no estimate noun
    'The council put the plan on hold.',
    'She put the figure out of her mind.',
  ])('%s', (text) => {
    const result = quotesOf(text);
    expect(result.claims.filter((c) => c.kind !== 'assertion')).toEqual([]);
  });
});

describe('quotes: false positives (apostrophes)', () => {
  const texts = [
    'The Taliban’s reliance on the TTP complicates any break.',
    'Mediators might shift the talks’ venue.',
    "Daesh's branch claimed the attack.",
    'Music from the ’90s is back, rock ’n’ roll too.',
    "The players' union met the owners' lawyers.",
  ];
  it.each(texts)('%s', (text) => {
    const result = quotesOf(text);
    expect(result.quotes).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'unbalanced-quote')).toEqual([]);
  });
});

describe('quotes: a thought or evidence verb inside what someone said does not take the quote', () => {
  it.each([
    ['Nadia Osei said the family felt "a kind of relief" after the verdict.', 'a kind of relief', 'Nadia Osei'],
    ['Judge Karen Holt told the men they had shown "no remorse at all."', 'no remorse at all.', 'Judge Karen Holt'],
  ])('%s', (text, quote, speaker) => {
    const q = quotesOf(text).quotes.find((x) => x.text === quote);
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe('quotes: a quotation running over paragraphs is one quote per paragraph', () => {
  it('splits at the paragraph end and drops the reopening mark, the speaker carried', () => {
    const text = 'Mayor Ana Ruiz welcomed the vote. “For a decade we have patched the same streets,” she said.\n\n“We cannot keep asking families to rebuild every spring.\n\n“This wall is the first thing that matches the problem.”\n\nThe council meets again in May.';
    const quotes = quotesOf(text).quotes;
    expect(quotes.map((q) => q.text)).toEqual([
      'For a decade we have patched the same streets,',
      'We cannot keep asking families to rebuild every spring.',
      'This wall is the first thing that matches the problem.',
    ]);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['she', 'she', 'she']);
    expect(quotes[2]!.rule).toBe('quotes/paragraph-continued');
  });
});

describe('quotes: carry-over into the next paragraph after a title', () => {
  it('finds the paragraph of a quote by its offset (the title is no body paragraph)', () => {
    const text = 'Council Backs Flood Wall\n\nMayor Ana Ruiz spoke first. “We waited too long,” she said.\n\n“The river does not wait.”';
    const q = quotesOf(text).quotes;
    expect(q.map((x) => x.rule)).toEqual(['quotes/content-source-cue', 'quotes/carry-over']);
  });
});

describe('quotes: a role that tells a sex keeps "he" and "she" apart', () => {
  // [text, quote, the actor the pronoun must name]
  const cases: Array<[string, string, string]> = [
    [
      'The poet Maria Lopes died on Sunday in Lisbon. Her son, Carlos Lopes, said the cause was heart failure.\n\n“They took my typewriter,” she told an interviewer in 1990.',
      'They took my typewriter,',
      'Maria Lopes',
    ],
    [
      'Ana Ruiz, the mayor, opened the session. Her husband, Tomas Bell, told reporters the plan was sound.\n\n“It will pass,” she said.',
      'It will pass,',
      'Ana Ruiz',
    ],
    // "the airline" is the airline named before, not the last organisation that spoke
    [
      'Harbor Airlines Flight 12 crashed on Monday, according to the Transport Ministry. The airline said in a statement that it was “deeply saddened”.',
      'deeply saddened',
      'Harbor Airlines',
    ],
    // "which" stands for no person: "he" goes back past it to the spokesman
    [
      'A spokesman for the minister said the figure counted jobs at firms backed by two agencies, which together reported 300,000 jobs. He said the minister “stands over every number”.',
      'stands over every number',
      'A spokesman for the minister',
    ],
  ];
  it.each(cases)('%s', (text, quote, name) => {
    const result = quotesOf(text);
    const q = result.quotes.find((x) => x.text === quote);
    expect(q, `no quote ${quote}`).toBeDefined();
    expect(result.actors.find((a) => a.id === q!.speaker?.actor)?.name).toBe(name);
  });
});

describe('quotes: a closing mark before a spaced ellipsis opens a quotation cut at its start', () => {
  it('reads ”… as the opening of the quote (a typesetter’s wrong mark)', () => {
    const text = '” … the plan was rushed and badly costed,” the auditor wrote.';
    const q = quotesOf(text).quotes;
    expect(q.map((x) => [x.text.trim(), x.speaker?.text])).toEqual([['… the plan was rushed and badly costed,', 'the auditor']]);
  });
});

describe('quotes: a short quote right after its own cue "called" is the frame source\'s, no scare term', () => {
  it('"…a ruling that lawyers for the families called “a clear win.”"', () => {
    const result = extractText('The court ruled against the firm, in a ruling that lawyers for the families called “a clear win.”', { referenceDate: '2026-01-01' });
    expect(result.quotes.map((q) => [q.text, q.speaker?.text ?? null])).toEqual([['a clear win.', 'lawyers for the families']]);
  });
  it('"so-called" stays a scare term', () => {
    const result = extractText('The so-called “peace plan” collapsed on Monday.', { referenceDate: '2026-01-01' });
    expect(result.quotes.map((q) => [q.kind, q.speaker])).toEqual([['scare', null]]);
  });
});

// Attributions that say nothing, and sources found past a naming clause or a joined place phrase
// (ninth session, from the fixtures' false claims and PolNeAR misses). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import { claimsOf, REFERENCE_DATE } from './helpers/extracted.js';

// [sentence, content, source text, cue]
type Row = [string, string, string, string];

describe('claims: no claim where nothing is said', () => {
  // [sentence, a word of the cue that must make no sourced claim]
  const cases: Array<[string, string]> = [
    // a subject naming nobody
    ['Neither side regularly discloses its own military losses.', 'discloses'],
    // a base form after "one" is no verb: "venture" qualifies the investor who speaks (BLIND10 A1)
    ['One venture investor said the deal would fail.', 'venture'],
    // a noun that is also a past cue, after a determiner and before a preposition
    ['Volkwerk cut its full-year profit forecast for the second time.', 'forecast'],
    ['No one has claimed the attack.', 'claimed'],
    ['None of the officials said the road would reopen.', 'said'],
    // knowing (or fearing) an open question states no answer
    ['We are in contact with people who know where he is.', 'know'],
    ['Few people knew who the gunman was until the trial.', 'knew'],
    // asking for anonymity is a source's formula
    ['A nurse, who asked to be identified only by her first name, said the ward was full.', 'asked'],
    ['A guard, who asked that his name be withheld, said the gates were shut.', 'asked'],
    // a span of time counted from an event is when the cue happened
    ['The challenger conceded about an hour after the first results were published.', 'conceded'],
    ['The minister conceded two days later.', 'conceded'],
    // a belief verb's object followed by a second verb of its subject is no clause
    ['When he got home he felt chest pains and was taken to a hospital.', 'felt'],
    // a thing agreed to, with only a time or a place after "to"
    ['Both armies broke a ceasefire that they had agreed to in May.', 'agreed'],
    ['The union rejected the terms the board had agreed to on Sunday.', 'agreed'],
    // a judge's dismissal of a case or a count is an act, no statement
    ['The judge dismissed two of the seven counts against the trader.', 'dismissed'],
    ['A magistrate dismissed the lawsuit on Tuesday.', 'dismissed'],
    // a noun "states"/"claims" before a relative "that" or after a verb
    ['The coal states that voted for him lost jobs.', 'states'],
    ['Police were investigating reports that a boat had sunk.', 'reports'],
    // a product recalled, a person questioned, a symptom complained of, a thing added to a list (BLIND9 C6, C12, C2, C10)
    ['Ford is recalling 90,000 trucks because a seat belt can fail.', 'recalling'],
    ['The ministry recalled its ambassador for consultations.', 'recalled'],
    ['Detectives questioned two suspects on Friday.', 'questioned'],
    ['Officers questioned the driver at the scene.', 'questioned'],
    ['The court heard that she had fallen and complained of dizziness.', 'complained of'],
    ['Regulators said they had fined the firms, adding them to a watch list that bars them from trading.', 'adding'],
    // a wish in a relative clause on its object (BLIND9 C11)
    ['The plan, which both unions want to block, was approved, officials said.', 'want'],
    ['The minister said the deal, which both parties want to sign before May, was close.', 'want'],
    // declining to be named is the anonymous source's formula (BLIND9 C7)
    ['An official, who declined to be identified, said the talks had stalled.', 'declined'],
    // other verbs before "to" keep the cue an infinitive of their own
    ['A powerful storm continues to maintain its grip on the coast.', 'maintain'],
    // a list before the cue of an object relative is no trailing report
    ['They lifted the sanctions that Lima, Quito and Bogota have demanded.', 'demanded'],
    // a participle after a verb whose object is a figure, or after a study before its setting, is no cue
    ['The company cut reported revenue by 4% last year.', 'reported'],
    ['The bank overstated estimated losses for years.', 'estimated'],
    ['A large study published on Wednesday in a medical journal found that noise raises stroke risk.', 'published'],
    // "protests" and "broadcasts" are nouns after a describing word
    ['The ruling set off mass protests in the capital.', 'protests'],
    ['Radio stations and broadcasts that criticise the army are shut down.', 'broadcasts'],
  ];
  it.each(cases)('%s', (text, cue) => {
    expect(claimsOf(text).filter((c) => c.source && c.cue?.text === cue)).toEqual([]);
  });

  it('keeps "protested" and "she protests that…" as cues', () => {
    expect(claimsOf('The miners protested that the mine was unsafe.').find((x) => x.cue?.text === 'protested')?.text).toBe('the mine was unsafe');
    expect(claimsOf('She protests that the fine is unfair.').find((x) => x.cue?.text === 'protests')?.text).toBe('the fine is unfair');
  });

  it('keeps a recollection, a question and a complaint that say something', () => {
    expect(claimsOf('She recalled that the house was cold.').find((x) => x.cue?.text === 'recalled')?.text).toBe('the house was cold');
    expect(claimsOf('Senators questioned whether the plan would work.').find((x) => x.cue?.text === 'questioned')?.text).toBe('whether the plan would work');
    expect(claimsOf('The court heard that she had fallen and complained of dizziness.').find((x) => x.cue?.text === 'heard')?.text).toBe('she had fallen and complained of dizziness');
  });

  it('keeps a dismissal of what was said, and an infinitive agreed to', () => {
    expect(claimsOf('The mayor dismissed the reports as idle gossip.').find((x) => x.cue?.text === 'dismissed')?.text).toBe('the reports as idle gossip');
    expect(claimsOf('The minister dismissed suggestions that the port would close.').find((x) => x.cue?.text === 'dismissed')?.text).toBe('the port would close');
    expect(claimsOf('The company agreed to pay a fine of $2 million.').find((x) => x.cue?.text === 'agreed')?.text).toBe('to pay a fine of $2 million');
  });

  it('keeps a span of time that opens what was said', () => {
    const c = claimsOf('Police say about five hours later a man walked into the hospital.').find((x) => x.cue?.text === 'say');
    expect(c?.text).toBe('about five hours later a man walked into the hospital');
  });

  it('keeps a subject that is a rank, and a belief with a that-clause', () => {
    expect(claimsOf('No. 2 official Ana Ruiz said the plan was dead.').find((x) => x.cue?.text === 'said')?.text).toBe('the plan was dead');
    expect(claimsOf('Residents know that the river will rise.').find((x) => x.cue?.text === 'know')?.text).toBe('the river will rise');
  });
});

describe('claims: sources past a naming clause or a joined place phrase', () => {
  const cases: Row[] = [
    // the first name a relative clause gives is its head's alias: the head speaks
    ['A soldier in the trench, who gave only his first name, Ivan, said the shelling had not stopped.', 'the shelling had not stopped', 'A soldier in the trench', 'said'],
    ['A nurse, who asked to be identified only by her first name, said the ward was full.', 'the ward was full', 'A nurse', 'said'],
    // two place phrases joined by "and" after the subject's noun
    ['Political observers in Ohio and around the country say the senator deserves a second term.', 'the senator deserves a second term', 'Political observers in Ohio and around the country', 'say'],
  ];
  it.each(cases)('%s', (text, content, source, cue) => {
    const c = claimsOf(text).find((x) => x.text === content);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source?.text).toBe(source);
    expect(c!.cue?.text).toBe(cue);
  });
});

describe('claims: a telling reported inside what someone said', () => {
  it('makes the telling a claim of its own beside the outer one', () => {
    const cs = claimsOf('Her coach, Ana Ruiz, said the rider had told him before the race that she was finally fit.');
    expect(cs.find((c) => c.cue?.text === 'said')?.text).toBe('the rider had told him before the race that she was finally fit');
    const told = cs.find((c) => c.cue?.text === 'told');
    expect(told?.text).toBe('she was finally fit');
    expect(told?.source?.text).toBe('the rider');
  });

  it('keeps a name in apposition inside the outer content', () => {
    const cs = claimsOf('Ortiz said the city manager, Greg Toller, had told him last week that the branches could stay open.');
    expect(cs.find((c) => c.cue?.text === 'said')?.text).toBe('the city manager, Greg Toller, had told him last week that the branches could stay open');
    expect(cs.find((c) => c.cue?.text === 'told')?.source?.text).toBe('Greg Toller');
  });

  it('leaves inside the outer content a telling whose subject runs over the outer cue, and other cues', () => {
    expect(claimsOf('Police say his wife told officers he shot himself.').filter((c) => c.cue?.text === 'told')).toEqual([]);
    expect(claimsOf('Ruiz said the rider had warned him that the road was wet.').filter((c) => c.cue?.text === 'warned')).toEqual([]);
  });

  it('takes no weekday of the outer cue into the telling’s subject', () => {
    expect(claimsOf('Castro said Tuesday his government told U.S. officials it was worried.').find((c) => c.cue?.text === 'told')?.source?.text).toBe('his government');
  });
});

describe('claims: sources named apart from their cue', () => {
  const cases: Row[] = [
    // a relative clause after a description in apposition to a name: the name speaks
    ['Clara Weiss, director of the charity Sea Aid, which runs a rescue ship, said the port was closed.', 'the port was closed', 'Clara Weiss', 'said'],
    // "according to" a source stops before the time phrase that ends it
    ['He agreed to pay a fine, according to a court filing on Wednesday.', 'He agreed to pay a fine', 'a court filing', 'according to'],
    // a pronoun and its verb after a setting are what was said
    ['The commission said on Wednesday it would study the report.', 'it would study the report', 'The commission', 'said'],
    // a relative clause of place with its own speaker is a claim of its own
    ['The agency urged the authorities to free the migrants held in camps, where it said abuse was common.', 'abuse was common', 'it', 'said'],
  ];
  it.each(cases)('%s', (text, content, source, cue) => {
    const c = claimsOf(text).find((x) => x.text === content);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source?.text).toBe(source);
    expect(c!.cue?.text).toBe(cue);
  });

  it('finds the issuer of a report named again paragraphs later', () => {
    const text = 'The refugee agency, UNHCR, said in a report released on Wednesday that crossings fell.\n\nThe report said arrivals were down.\n\n'
      + 'Ruth Mbatha said the toll was rising.\n\nOfficials in Rome declined to comment.\n\nFewer boats left Libya, the report said.';
    const c = claimsOf(text).find((x) => x.text === 'Fewer boats left Libya');
    expect(c?.source?.text).toBe('the report');
    expect(c?.source?.actor).not.toBeNull();
  });

  it('takes no passive agent and no common noun after "where" out of the outer content', () => {
    const cs = claimsOf('Aides said sanctions worked, in contrast with Cuba, where the outreach has been opposed by most lawmakers.');
    expect(cs.filter((c) => c.cue?.text === 'opposed by')).toEqual([]);
  });
});

describe('claims: a relative "who" and a singular "they"', () => {
  it('takes no content before a relative "who" (its antecedent stands there)', () => {
    const cs = claimsOf('Marisol Chen, a retired teacher who has volunteered at the branch for 12 years, told the council that the branch was vital.');
    expect(cs.filter((c) => c.cue?.text === 'volunteered')).toEqual([]);
    expect(cs.find((c) => c.cue?.text === 'told')?.text).toBe('the branch was vital');
  });

  it('resolves "they" to a person introduced as using they/them pronouns', () => {
    const text = 'Council member Jordan Pike voted against it. Pike, who uses they/them pronouns, said the cuts were wrong.\n\n'
      + '"We found money for a garage," they said.';
    const r = extractText(text, { referenceDate: REFERENCE_DATE });
    const c = r.claims.find((x) => x.text === 'We found money for a garage,');
    const actor = r.actors.find((a) => a.id === c?.source?.actor);
    expect(actor?.name).toBe('Jordan Pike');
  });

  it('leaves a plural "they" alone where nobody uses they/them', () => {
    const text = 'Council member Jordan Pike voted against it.\n\n"We found money for a garage," they said.';
    const r = extractText(text, { referenceDate: REFERENCE_DATE });
    expect(r.claims.find((x) => x.text === 'We found money for a garage,')?.source?.actor ?? null).toBeNull();
  });
});

describe('claims: three more shapes that say nothing, or less than the sentence', () => {
  it('takes no participle after a comma as a subject ("cutting reported revenue")', () => {
    expect(claimsOf('The firm restated its results, cutting reported revenue by $71 million.').filter((c) => c.source)).toEqual([]);
  });

  it('makes no claim of a thing learnt of, but keeps a worry about one', () => {
    expect(claimsOf('Many only learned of the crash when the ceremony was cancelled.').filter((c) => c.source)).toEqual([]);
    expect(claimsOf('Voters worried about the border might think again.').find((c) => c.cue?.text === 'worried')).toBeDefined();
  });

  it('ends an infinitive in a relative clause at the main verb', () => {
    const c = claimsOf('The sheriff said six people who had refused to leave were later rescued by helicopter.').find((x) => x.cue?.text === 'refused');
    expect(c?.text).toBe('to leave');
  });
});

describe('claims: long body names and the writer’s clauses around an attribution', () => {
  const cases: Row[] = [
    // "the X of Y and Z" is one body's name, after a comma too
    ['Prices rose, the California Department of Forestry and Fire Protection said.', 'Prices rose', 'the California Department of Forestry and Fire Protection', 'said'],
    // ", as <clause>" after the attribution is the writer's, no continuation of the content
    ['A fire burned 18,000 acres, the state fire agency said, as evacuation orders were expanded.', 'A fire burned 18,000 acres', 'the state fire agency', 'said'],
    // a coordinated "-s" cue: the sentence's subject without the first verb the scan took for a noun
    ['Egypt relies on the Nile for its water, according to government figures, and fears that the dam could cut its share.', 'the dam could cut its share', 'Egypt', 'fears'],
    // a participle's aside between the setting and "that"
    ['The agency alleged in its complaint, filed in March, that the company inflated its revenue.', 'the company inflated its revenue', 'The agency', 'alleged'],
  ];
  it.each(cases)('%s', (text, content, source, cue) => {
    const c = claimsOf(text).find((x) => x.text === content);
    expect(c, `no claim "${content}"`).toBeDefined();
    expect(c!.source?.text).toBe(source);
    expect(c!.cue?.text).toBe(cue);
  });

  it('takes no belief participle before a state as a cue ("miners believed trapped")', () => {
    expect(claimsOf('The toll rose to 17, officials said, as rescuers tried to reach nine miners believed trapped underground.').filter((c) => c.cue?.text === 'believed')).toEqual([]);
  });

  it('finds the issuer of "the report" who spoke "in a report" paragraphs back, past other speakers', () => {
    const text = 'UNHCR said in a report on Wednesday that arrivals fell.\n\n"It is a disaster," said Ruth Mbatha, a UNHCR envoy.\n\n'
      + 'The IOM said the toll was higher.\n\nRescue ships pulled 9,000 people from the water, the report said.';
    const r = extractText(text, { referenceDate: REFERENCE_DATE });
    const c = r.claims.find((x) => x.text === 'Rescue ships pulled 9,000 people from the water');
    expect(r.actors.find((a) => a.id === c?.source?.actor)?.name).toBe('UNHCR');
  });
});

describe('claims: an owned body named only after it speaks', () => {
  it('takes the body the text next names with the same noun ("his team said … the Dutch team Solvane-Kortex")', () => {
    const text = 'Belgian cyclist Jonas Verhelst died on Monday, his team said. He was 24.\n\n'
      + 'Verhelst, who rode for the Dutch team Solvane-Kortex, crashed on a descent, race organizers said.';
    const r = extractText(text, { referenceDate: REFERENCE_DATE });
    const c = r.claims.find((x) => x.source?.text === 'his team');
    expect(r.actors.find((a) => a.id === c?.source?.actor)?.name).toBe('Solvane-Kortex');
  });
});

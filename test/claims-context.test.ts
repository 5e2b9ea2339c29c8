// Claims whose subject and cue stand apart: a time phrase between them ("who in 2010 said"), a quantified
// relative ("many of whom say"), a place between commas before "that", a long evidence subject ("research
// conducted by … found"), and a past form sharing the content's "had" ("said it had detected … and later
// determined that…"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf, REFERENCE_DATE } from './helpers/extracted.js';
import { extractText } from '../src/extract.js';

// [sentence, content, source text, cue]
type Row = [string, string, string, string];

const sourced = (text: string): Array<[string, string | undefined, string | undefined]> =>
  claimsOf(text).filter((c) => c.source).map((c) => [c.text, c.source?.text, c.cue?.text]);

describe('claims: subject and cue apart', () => {
  const rows: Row[] = [
    ['Dalton, now the committee chair, who in 2019 said the levy was unlawful, voted for it.', 'the levy was unlawful', 'the committee chair', 'said'],
    ['The governor on Monday said the budget would balance.', 'the budget would balance', 'The governor', 'said'],
    ['Lawyers for the families, many of whom say the settlement is too small, will appeal.', 'the settlement is too small', 'many of whom', 'say'],
    ['Ortiz says at a town hall in Dayton, Ohio, that the plant will stay open.', 'the plant will stay open', 'Ortiz', 'says'],
    ['Research conducted by the Institute for Fiscal Studies found rents rose faster than wages.', 'rents rose faster than wages', 'Research conducted by the Institute for Fiscal Studies', 'found'],
    ['Leaked documents from the 2019 audit show the fund lost money.', 'the fund lost money', 'Leaked documents from the 2019 audit', 'show'],
    ['Polling averages show the mayor with a narrow lead.', 'the mayor with a narrow lead', 'Polling averages', 'show'],
    // what a document says, its author says: a relative "that" or a participle after the document
    ['The sheriff issued a statement Sunday afternoon that said the suspect was arrested in Dothan.', 'the suspect was arrested in Dothan', 'that', 'said'],
    ['She released a letter from her doctor that says she is fit to serve.', 'she is fit to serve', 'that', 'says'],
    ['The mayor posted a series of messages early Friday saying that the vote was rigged.', 'the vote was rigged', 'The mayor', 'saying'],
    // the wish after "in which" is its subject's; the outer content keeps the relative clause
    ['It is a game in which companies seek to cut their losses.', 'to cut their losses', 'companies', 'seek'],
    ['The minister said the deal, which both parties want to sign before May, was close.', 'the deal, which both parties want to sign before May, was close', 'The minister', 'said'],
    // a pronoun right before the cue opens a relative clause without "that" (BLIND9 C9)
    ['The ministry fined two firms it accused of price fixing.', 'of price fixing', 'it', 'accused'],
    // a percent sign, or a bracket closed inside the content, ends its words (not trimmed as punctuation)
    ['The bank said inflation was 3%.', 'inflation was 3%', 'The bank', 'said'],
    ['Officials said the toll rose to 41 (from 38).', 'the toll rose to 41 (from 38)', 'Officials', 'said'],
    // a present cue coordinated with a present anchor, before "that", is a second claim (BLIND9 C3)
    ['Economists expect that prices will rise, and warn that wages may lag.', 'wages may lag', 'Economists', 'warn'],
    ['Economists expect that prices will rise, and warn that wages may lag.', 'prices will rise', 'Economists', 'expect'],
    // evidence followed by a setting has no object: the content is the clause before it (BLIND9 C4)
    ['Exports rose 5% in September, figures showed on Tuesday, the fastest pace in two years.', 'Exports rose 5% in September, figures showed on Tuesday, the fastest pace in two years', 'figures', 'showed'],
    // a raising verb's subject makes the cue in the infinitive after it
    ['The judge appeared to suggest that the law was too vague.', 'the law was too vague', 'The judge', 'suggest'],
    ['Most members seem to agree the plan should be delayed.', 'the plan should be delayed', 'Most members', 'agree'],
    // "this" before a noun that tells no time opens what was said, not a setting ("said this week")
    ['Investigators said this was not a random attack.', 'this was not a random attack', 'Investigators', 'said'],
    ['As a boy I knew this anger and cruel talk were wrong.', 'this anger and cruel talk were wrong', 'I', 'knew'],
    // a mostly-noun "-s" form after a determiner's noun, before "that" and a clause's subject, is a verb
    ['A leaflet on the union\'s website states that members will strike in May.', 'members will strike in May', 'A leaflet on the union\'s website', 'states'],
    ['The ministry claims that the bridge is safe.', 'the bridge is safe', 'The ministry', 'claims'],
    // a plural after a count is the noun it counts, and the cue after it a verb
    ['The average of polls taken over the past two weeks shows the senator ahead by three points.', 'the senator ahead by three points', 'The average of polls taken over the past two weeks', 'shows'],
    // a means of saying is a setting; "later" with a verb after its noun is part of what was said
    ['She said by phone that the roads were flooded.', 'the roads were flooded', 'She', 'said'],
    ['The ministry said later figures would be higher.', 'later figures would be higher', 'The ministry', 'said'],
    // a participle aside with a clause of its own ("because he was not authorised…") still sets off the subject
    ['But a diplomat, speaking on condition of anonymity because he was not authorised to brief journalists, said the talks had stalled.', 'the talks had stalled', 'a diplomat', 'said'],
    // a time clause of the writer's ends the content before it and reports on its own
    ['Egypt denied reports that its officials had met Ethiopian envoys, a day after state media reported that the two sides had met in Nairobi.',
      'its officials had met Ethiopian envoys', 'Egypt', 'denied'],
    ['Egypt denied reports that its officials had met Ethiopian envoys, a day after state media reported that the two sides had met in Nairobi.',
      'the two sides had met in Nairobi', 'state media', 'reported'],
    // "as" and a cue of its own after a parenthetical attribution: no resumption of the interrupted clause
    ['The toll rose to 57, the ministry said on Monday, as the WHO warned that the disease could spread.', 'The toll rose to 57', 'the ministry', 'said'],
    ['The toll rose to 57, the ministry said on Monday, as the WHO warned that the disease could spread.', 'the disease could spread', 'the WHO', 'warned'],
    // an acronym in capitals is no relative pronoun
    ['The WHO said the outbreak was over.', 'the outbreak was over', 'The WHO', 'said'],
    ['The plant will stay shut, Mr. Ruiz said, until the inspectors report back.', 'The plant will stay shut, Mr. Ruiz said, until the inspectors report back', 'Mr. Ruiz', 'said'],
    ['She has written that the war was lost.', 'the war was lost', 'She', 'written'],
    // a coordinated cue after "according to X" is the sentence subject's, not X's
    ['Egypt gets most of its water from the Nile, according to government figures, and fears that the dam could cut its share.', 'the dam could cut its share', 'Egypt', 'fears'],
    ['Egypt gets most of its water from the Nile, according to government figures, and fears that the dam could cut its share.', 'Egypt gets most of its water from the Nile', 'government figures', 'according to'],
    // the statement named before "that" is no part of what was denied or confirmed
    ['Egypt on Monday denied reports that its officials had held secret talks.', 'its officials had held secret talks', 'Egypt', 'denied'],
    ['Officials confirmed rumors that the plant would close.', 'the plant would close', 'Officials', 'confirmed'],
    ['The insurer said it had detected unusual activity on a server and later determined that files were copied.',
      'it had detected unusual activity on a server and later determined that files were copied', 'The insurer', 'said'],
  ];
  it.each(rows)('%s', (text, content, source, cue) => {
    expect(sourced(text)).toContainEqual([content, source, cue]);
  });

  // intransitive cues keep "with": "agreed with", "responded with"; an object relative keeps "accused of"
  it.each([
    ['The judge agreed with the widow that there was no reason to intrude on her privacy.', 'agreed'],
    ['The senator, whom the governor accused of lying, resigned.', 'accused'],
  ])('%s', (text, cue) => {
    expect(sourced(text).map((s) => s[2])).toContain(cue);
  });

  // a coordinated verb that is the speaker's own act keeps its own claim
  it('keeps "and accused" apart when the content has another subject', () => {
    const got = sourced('The minister said officers had used only batons and accused opposition figures of funding the unrest.');
    expect(got).toContainEqual(['officers had used only batons', 'The minister', 'said']);
    expect(got.map((g) => g[2])).toContain('accused');
  });
});

describe('claims: no frame where none was spoken', () => {
  const texts = [
    // the anonymous source's formula is no cue; the source is the noun before it
    'Two officials briefed on the plan were not available.',
    // a participle after a noun, not a finding: the tests are the FBI's, the hair was found
    'The agency is running further tests of the hair found outside the house.',
    // a time phrase after a participle dates the participle, not the cue
    'The man arrested in 2019 was released.',
    // "by" and a noun that is no means of saying is a passive agent
    'The report was written by telephone company staff.',
    // a past participle after a noun, its object slot empty: a passive modifier
    'A man accused of shooting his neighbour is in custody.',
    'The volunteer charged with assault appeared in court on Monday.',
    // a participle with no auxiliary is an adjective: "written assurances"
    'He gave the federation until Friday to obtain written assurances from the hosts.',
    // a verb of a document noun's form is no document
    'The families must sign a paper promising to leave by Friday.',
    // "basis" is no plural: "points" is the noun the count measures
    'The bank cut its rate by 25 basis points to 6.75% on Tuesday.',
    // "none of whom": nobody said anything
    'Relatives, none of whom wanted to give their names, gathered outside.',
  ];
  it.each(texts)('%s', (text) => {
    expect(sourced(text)).toEqual([]);
  });
  it('a report released last year keeps its whole subject', () => {
    expect(sourced('A report released last year found the agency could not trace the money.').map((s) => s[1])).not.toContain('A report released');
  });
});

describe('claims: an unnamed source named again', () => {
  // "the" and the head noun of an unnamed source that spoke before: the same actor
  it.each([
    ['A person familiar with the talks said the deal was close. The person said the sides would meet on Friday.', 'The person', 'A person familiar with the talks'],
    ['An Upland spokesman said the plant would close. The spokesman said 300 jobs would go.', 'The spokesman', 'An Upland spokesman'],
    ['Two officials briefed on the plan said it would cost more. The officials said the cabinet had not approved it.', 'Two officials briefed on the plan', 'Two officials briefed on the plan'],
  ])('%s', (text, source, actor) => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.find((c) => c.source?.text === source);
    expect(result.actors.find((a) => a.id === claim?.source?.actor)?.name).toBe(actor);
  });
  // one unnamed person speaks on as "she"
  it('"she" after "A spokeswoman for the council said" is the spokeswoman', () => {
    const result = extractText('A spokeswoman for the council said the road would reopen. She said repairs were done.', { referenceDate: REFERENCE_DATE });
    const she = result.claims.find((c) => c.source?.text === 'She');
    expect(result.actors.find((a) => a.id === she?.source?.actor)?.name).toBe('A spokeswoman for the council');
  });
});

describe('claims: a document or body named again', () => {
  const actorOf = (text: string, source: string): string | undefined => {
    const result = extractText(text, { referenceDate: REFERENCE_DATE });
    const claim = result.claims.find((c) => c.source?.text === source);
    return result.actors.find((a) => a.id === claim?.source?.actor)?.name;
  };
  // "the statement said" after "said in a statement": the issuer
  it('"The statement said" names who issued it', () => {
    expect(actorOf('Her sister, Karin Lind, said in a statement that the family was devastated. “She was driving home,” the statement said.', 'the statement')).toBe('Karin Lind');
  });
  // "the ministry said" after a ministry and another body spoke: the ministry
  it('"the ministry said" names the ministry that spoke, not the latest body', () => {
    expect(actorOf('The toll rose to 57, the Ministry of Health said, as the World Health Organization warned that it could spread. Among the dead are nine children, the ministry said.', 'the ministry'))
      .toBe('Ministry of Health');
  });
  // a single unnamed source speaks on as "he"
  it('"he" after "A village headman …, who asked not to be named, said" is the headman', () => {
    const text = 'Maria Lopes, a nurse, spoke first. A village headman in Chiengi district, who asked not to be named, said families had buried relatives. “The real number is higher,” he said.';
    expect(actorOf(text, 'he')).toBe('A village headman');
  });
  // a sentence opened by a person's surname owning a group or a thing gives "she" that person (BLIND10 C5)
  it('"she" after a paragraph opening "Lindqvist\'s team…" is Lindqvist, not the last speaker', () => {
    const text = 'Karin Lindqvist led the trial. Anna Berg said the models were weak. She said people might be less exposed.\n\nLindqvist\'s team now plans a second trial. Results are expected in 2027, she said.';
    expect(actorOf(text, 'she')).toBe('Karin Lindqvist');
  });
  it('"he" after "X, Company\'s president, said…" stays X (the owner of a title is no opener)', () => {
    const text = 'Martin Fabi, Innopac\'s president, said the offer was fair. "I am happy with it," he said.';
    expect(actorOf(text, 'he')).toBe('Martin Fabi');
  });
  it('"It said" after a sentence opened by an organisation is that organisation, not the last one that spoke', () => {
    const text = "The defence ministry said its forces had downed 41 drones. Ukraine's air force gave a different account. It said 96 drones were launched.";
    expect(actorOf(text, 'It')).toBe('air force');
  });
  it('"he" after "A soldier fighting near X, who …, said" is the soldier, not the place or the last person named', () => {
    const text = 'Colonel Petro Marchuk spoke first. A soldier fighting near Lyman, who asked not to be named because he was not authorised to speak, said the attacks came at night. “We see them too late,” he said.';
    expect(actorOf(text, 'he')).toBe('A soldier');
    expect(actorOf(text, 'A soldier fighting near Lyman')).toBe('A soldier');
  });
});

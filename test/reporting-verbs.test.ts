import { describe, expect, it } from 'vitest';
import { britishForms, CUE_WORDS, formsOf, REPORTING_VERBS } from '../src/lexicon/reporting-verbs.js';

describe('reporting-verb forms', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['say', { base: 'say', s: 'says', past: 'said', ing: 'saying', participle: 'said' }],
    ['tell', { base: 'tell', s: 'tells', past: 'told', ing: 'telling', participle: 'told' }],
    ['warn', { base: 'warn', s: 'warns', past: 'warned', ing: 'warning', participle: 'warned' }],
    ['urge', { base: 'urge', s: 'urges', past: 'urged', ing: 'urging', participle: 'urged' }],
    ['deny', { base: 'deny', s: 'denies', past: 'denied', ing: 'denying', participle: 'denied' }],
    ['admit', { base: 'admit', s: 'admits', past: 'admitted', ing: 'admitting', participle: 'admitted' }],
    ['write', { base: 'write', s: 'writes', past: 'wrote', ing: 'writing', participle: 'written' }],
    ['accuse', { base: 'accuse', s: 'accuses', past: 'accused', ing: 'accusing', participle: 'accused' }],
    ['push', { base: 'push', s: 'pushes', past: 'pushed', ing: 'pushing', participle: 'pushed' }],
    ['agree', { base: 'agree', s: 'agrees', past: 'agreed', ing: 'agreeing', participle: 'agreed' }],
    // a final consonant doubled after one short vowel ("beged" and "braged" were made before)
    ['beg', { base: 'beg', s: 'begs', past: 'begged', ing: 'begging', participle: 'begged' }],
    ['brag', { base: 'brag', s: 'brags', past: 'bragged', ing: 'bragging', participle: 'bragged' }],
  ];
  it.each(cases)('%s', (base, forms) => {
    expect(formsOf(base)).toEqual(forms);
  });
});

describe('British doubled-l forms', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['signal', { past: 'signalled', ing: 'signalling' }],
    ['label', { past: 'labelled', ing: 'labelling' }],
    // two vowels before the "l", or no "l": nothing to double
    ['reveal', {}],
    ['warn', {}],
  ];
  it.each(cases)('%s', (base, forms) => {
    expect(britishForms(base)).toEqual(forms);
  });
  it('indexes them as the past and the -ing form', () => {
    expect(CUE_WORDS.get('signalled')).toMatchObject({ base: 'signal', form: 'past' });
    expect(CUE_WORDS.get('signalling')).toMatchObject({ base: 'signal', form: 'ing' });
  });
});

describe('cue index', () => {
  it('holds a few hundred verbs', () => {
    expect(new Set(REPORTING_VERBS.map((v) => v.base)).size).toBeGreaterThan(200);
  });
  const required = ['say', 'tell', 'warn', 'caution', 'insist', 'hint', 'allege', 'acknowledge', 'reject', 'deny',
    'accuse', 'urge', 'maintain', 'add', 'claim', 'argue', 'note', 'agree', 'report', 'announce', 'confirm'];
  it.each(required)('knows %s', (base) => {
    expect(CUE_WORDS.get(base)?.base).toBe(base);
  });
  it('maps every form back to its base', () => {
    expect(CUE_WORDS.get('said')).toMatchObject({ base: 'say', form: 'past' });
    expect(CUE_WORDS.get('hinted')).toMatchObject({ base: 'hint', particles: expect.arrayContaining(['at']) });
    expect(CUE_WORDS.get('saying')).toMatchObject({ base: 'say', form: 'ing' });
  });
  it('needs a particle for "call" ("called for"), not for "warn"', () => {
    expect(CUE_WORDS.get('called')?.particleOnly).toBe(true);
    expect(CUE_WORDS.get('warned')?.particleOnly).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { GAZETTEER, nameKey, organizationKey } from '../src/lexicon/gazetteer.js';
import { parseUserLexicon } from '../src/lexicon/user.js';

describe('gazetteer (generated from CAMEO and compromise)', () => {
  const places: Array<[string, string, string]> = [
    ['pakistan', 'country', 'PAK'],
    ['afghanistan', 'country', 'AFG'],
    ['united states', 'country', 'USA'],
    ['us', 'country', 'USA'],
    ['u.s.', 'country', 'USA'],
    ['russia', 'country', 'RUS'],
    ['islamabad', 'capital', 'PAK'],
    ['kabul', 'capital', 'AFG'],
    ['washington', 'capital', 'USA'],
    ['doha', 'capital', 'QAT'],
    ['karachi', 'place', 'PAK'],
  ];
  for (const [name, kind, country] of places) {
    it(`${name} is a ${kind} of ${country}`, () => {
      expect(GAZETTEER.places.get(name)).toEqual({ kind, country });
    });
  }
  const demonyms: Array<[string, string]> = [
    ['afghan', 'AFG'], ['pakistani', 'PAK'], ['american', 'USA'], ['french', 'FRA'], ['british', 'GBR'], ['turkish', 'TUR'],
  ];
  for (const [word, country] of demonyms) it(`${word} → ${country}`, () => expect(GAZETTEER.demonyms.get(word)).toBe(country));
  it('variants of one organisation share a key; acronyms match only in capitals', () => {
    const isis = organizationKey('ISIS', 'isis');
    expect(isis).toBeDefined();
    expect(organizationKey('ISIL', 'isil')).toBe(isis);
    expect(organizationKey('Daesh', 'daesh')).toBe(isis);
    expect(organizationKey('Islamic State', 'islamic state')).toBe(isis);
    expect(organizationKey('LeT', 'let')).toBeDefined();
    expect(organizationKey('Let', 'let')).toBeUndefined();
    expect(GAZETTEER.organizations.get('taliban')).toBeDefined();
    expect(GAZETTEER.organizations.get('asean')).toBeDefined();
  });
  it('keys ignore "the", possessives and curly apostrophes', () => {
    expect(nameKey('the Taliban’s')).toBe('taliban');
    expect(nameKey("Daesh's")).toBe('daesh');
  });
});

describe('--lexicon FILE.yaml', () => {
  it('reads entities with types and aliases', () => {
    const src = 'entities:\n  - name: Sami Yousafzai\n    type: person\n    aliases: [Yousafzai]\n  - name: Wilson Center\n    type: organization\n';
    expect(parseUserLexicon(src).entities).toEqual([
      { name: 'Sami Yousafzai', type: 'person', aliases: ['Yousafzai'] },
      { name: 'Wilson Center', type: 'organization', aliases: [] },
    ]);
  });
  it('accepts a bare list and an empty file', () => {
    expect(parseUserLexicon('- name: Doha\n  type: location\n').entities).toHaveLength(1);
    expect(parseUserLexicon('').entities).toEqual([]);
    expect(parseUserLexicon('entities:\n').entities).toEqual([]);
  });
  const errors: Array<[string, string]> = [
    ['entities:\n  - name: X\n    type: persn\n', 'line 3, column 11: type must be person, organization, location or unnamed'],
    ['entities:\n  - type: person\n', 'line 2, column 5: name must be a non-empty string'],
    ['entities:\n  - name: X\n    type: person\n    alias: [Y]\n', "line 4, column 5: unknown key 'alias' (use name, type, aliases)"],
    ['entities:\n  - name: X\n    type: person\n    aliases: Y\n', 'line 4, column 14: aliases must be a list of strings'],
    ['people:\n  - name: X\n', "line 1, column 1: unknown key 'people' (the file has one key, 'entities')"],
    ['entities:\n  - just a name\n', 'line 2, column 5: each entry must be a mapping with name, type and optional aliases'],
    ['entities:\n  - name: [\n', 'line 3, column 1: malformed YAML'],
  ];
  for (const [src, message] of errors) {
    it(message, () => expect(() => parseUserLexicon(src)).toThrow(message));
  }
});

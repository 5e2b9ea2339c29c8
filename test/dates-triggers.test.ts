// Every date rule names the words that trigger it: a rule without triggers would run its
// pattern over every sentence of every document.

import { describe, expect, it } from 'vitest';
import { DATE_RULES } from '../src/stages/dates/index.js';
import { TRIGGERS } from '../src/stages/dates/triggers.js';

describe('date rule triggers', () => {
  it('exist for every rule', () => {
    expect(DATE_RULES.filter((r) => !TRIGGERS.has(r.id)).map((r) => r.id)).toEqual([]);
  });
  it('name only rules that exist', () => {
    const ids = new Set(DATE_RULES.map((r) => r.id));
    expect([...TRIGGERS.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});

// Names from the user's --lexicon file: matched word by word, they win over the rules.

import type { UserEntity } from '../../lexicon/index.js';
import { nameKey } from '../../lexicon/gazetteer.js';
import type { Candidate } from './candidates.js';
import type { Word } from './words.js';

export interface UserForm {
  words: string[];
  entity: UserEntity;
}

/** Forms by their first word, lowercase: "sami" → ["sami yousafzai"…]. */
export type UserIndex = ReadonlyMap<string, readonly UserForm[]>;

function split(form: string): string[] {
  return form.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
}

export function indexUserLexicon(entities: readonly UserEntity[]): UserIndex {
  const index = new Map<string, UserForm[]>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      const words = split(form);
      if (!words.length) continue;
      const list = index.get(words[0]!) ?? [];
      list.push({ words, entity });
      list.sort((a, b) => b.words.length - a.words.length);
      index.set(words[0]!, list);
    }
  }
  return index;
}

export function userCandidates(words: Word[], text: string, sentence: number, index: UserIndex): Candidate[] {
  const out: Candidate[] = [];
  if (index.size === 0) return out;
  for (let i = 0; i < words.length; i++) {
    const forms = index.get(words[i]!.lower);
    if (!forms) continue;
    const form = forms.find((f) => f.words.every((w, k) => words[i + k]?.lower === w));
    if (!form) continue;
    const last = words[i + form.words.length - 1]!;
    const start = words[i]!.start;
    out.push({
      start, end: last.end, text: text.slice(start, last.end), sentence, key: 'user:' + form.entity.name.toLowerCase(),
      type: form.entity.type, strength: 5, rule: 'actors/user-lexicon', roles: [], affiliation: null, capitalOf: null,
      political: false, primary: true, tokens: form.words, lowerFirst: form.words[0]!, lookup: nameKey(text.slice(start, last.end)),
    });
    i += form.words.length - 1;
  }
  return out;
}

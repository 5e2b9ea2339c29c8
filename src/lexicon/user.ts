// The user's `--lexicon FILE.yaml`: extra names, aliases and types.
//
//   entities:
//     - name: Sami Yousafzai
//       type: person            # person, organization, location or unnamed
//       aliases: [Yousafzai]
//
// A bare list of entries (without `entities:`) is accepted too. Errors name the line and
// column: "line 3, column 5: type must be person, organization, location or unnamed".

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ActorType } from '../types.js';
import type { Lexicon, UserEntity } from './index.js';

const TYPES: readonly ActorType[] = ['person', 'organization', 'location', 'unnamed'];
const KEYS = new Set(['name', 'type', 'aliases']);

class Located {
  constructor(private readonly lines: LineCounter) {}
  /** "line 3, column 5: …" for a node (1-based, as editors count). */
  error(node: Node | null | undefined, message: string): Error {
    const at = node?.range?.[0];
    if (at === undefined) return new Error(message);
    const { line, col } = this.lines.linePos(at);
    return new Error(`line ${line}, column ${col}: ${message}`);
  }
}

function text(node: unknown): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value.trim() : null;
}

/** Parses and validates a lexicon file's text; throws Error with a message naming line and column. */
export function parseUserLexicon(source: string): Lexicon {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = new Located(lines);
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    const where = `line ${line}, column ${col}: `;
    throw new Error(`${where}malformed YAML: ${problem.message.split('\n')[0]}`);
  }
  let list: unknown = doc.contents;
  if (list === null || list === undefined) return { entities: [] };
  if (isMap(list)) {
    for (const pair of list.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key !== 'entities') throw at.error(pair.key as Node, `unknown key '${key}' (the file has one key, 'entities')`);
    }
    list = list.get('entities', true);
    if (list === undefined || list === null || (isScalar(list) && list.value === null)) return { entities: [] };
  }
  if (!isSeq(list)) throw at.error(list as Node, "expected a list of entries under 'entities'");
  const entities: UserEntity[] = [];
  for (const item of list.items) {
    if (!isMap(item)) throw at.error(item as Node, 'each entry must be a mapping with name, type and optional aliases');
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KEYS.has(key)) throw at.error(pair.key as Node, `unknown key '${key}' (use name, type, aliases)`);
    }
    const nameNode = item.get('name', true) as Node | undefined;
    const name = text(nameNode);
    if (!name) throw at.error(nameNode ?? item, 'name must be a non-empty string');
    const typeNode = item.get('type', true) as Node | undefined;
    const type = text(typeNode);
    if (!type || !(TYPES as readonly string[]).includes(type)) {
      throw at.error(typeNode ?? item, 'type must be person, organization, location or unnamed');
    }
    const aliasNode = item.get('aliases', true) as Node | undefined;
    const aliases: string[] = [];
    if (aliasNode !== undefined && aliasNode !== null) {
      if (!isSeq(aliasNode)) throw at.error(aliasNode, 'aliases must be a list of strings');
      for (const a of aliasNode.items) {
        const alias = text(a);
        if (!alias) throw at.error(a as Node, 'each alias must be a non-empty string');
        aliases.push(alias);
      }
    }
    entities.push({ name, type: type as ActorType, aliases });
  }
  return { entities };
}

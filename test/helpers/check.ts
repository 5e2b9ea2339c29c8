// Shared assertions: the output validates against the schema, and every span is true to the input.

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { Result } from '../../src/types.js';

const schema = JSON.parse(readFileSync(new URL('../../src/schema/output.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Schema errors as readable strings; [] when valid. */
export function schemaErrors(result: unknown): string[] {
  if (validate(result)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface AnySpan {
  start: number;
  end: number;
  text: string;
}

/** Every object in the tree with numeric start/end and a text. */
export function allSpans(node: unknown, path = '$', out: Array<[string, AnySpan]> = []): Array<[string, AnySpan]> {
  if (Array.isArray(node)) node.forEach((n, i) => allSpans(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push([path, o as unknown as AnySpan]);
    }
    for (const [k, v] of Object.entries(o)) allSpans(v, `${path}.${k}`, out);
  }
  return out;
}

/** Spans whose text is not `input.slice(start, end)`, as readable strings; [] when all are true. */
export function falseSpans(result: Result, input: string): string[] {
  return allSpans(result)
    .filter(([, s]) => input.slice(s.start, s.end) !== s.text)
    .map(([p, s]) => `${p}: ${JSON.stringify(s.text)} != ${JSON.stringify(input.slice(s.start, s.end))}`);
}

// The library entry point: text (or bytes) in, a finished Result out.

import * as crypto from 'node:crypto';
import { createDoc } from './document.js';
import { decode } from './input/decode.js';
import { emptyLexicon, type Lexicon } from './lexicon/index.js';
import { runPipeline } from './pipeline.js';
import type { Result } from './types.js';

export interface ExtractOptions {
  /** as given on the command line; "-" for stdin */
  path?: string;
  referenceDate?: string | null;
  lexicon?: Lexicon;
}

export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): Result {
  const { text, warnings } = decode(bytes);
  const result = extractText(text, options, bytes);
  result.warnings.unshift(...warnings);
  return result;
}

/**
 * The hex SHA-256 of the input. Node's one-shot hash (20.12 and later) skips building a Hash
 * object: that object cost ~1.8% of a batch's CPU profile, more than the hashing itself.
 */
const sha256: (bytes: Uint8Array) => string =
  typeof crypto.hash === 'function' // typed, but missing before Node 20.12
    ? (bytes) => crypto.hash('sha256', bytes, 'hex')
    : (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

export function extractText(text: string, options: ExtractOptions = {}, bytes?: Uint8Array): Result {
  const raw = bytes ?? Buffer.from(text, 'utf8');
  const doc = runPipeline(createDoc(text), {
    referenceDate: options.referenceDate ?? null,
    lexicon: options.lexicon ?? emptyLexicon(),
  });
  return {
    schemaVersion: 1,
    source: {
      path: options.path ?? '-',
      sha256: sha256(raw),
      bytes: raw.length,
      chars: text.length,
    },
    referenceDate: doc.referenceDate,
    title: doc.title,
    actors: doc.actors,
    dates: doc.dates,
    casualties: doc.casualties,
    quotes: doc.quotes,
    claims: doc.claims,
    warnings: doc.warnings,
  };
}

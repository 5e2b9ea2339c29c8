// What flows through a batch: inputs found on the command line, the settings every
// article is processed with, and what processing one input gives back.

import type { Lexicon } from '../lexicon/index.js';
import type { RenderOptions } from '../output/index.js';
import type { Result } from '../types.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'markdown' | 'jsonl';

/** One unit of work, in input order. `label` is what diagnostics name ("a.txt", "-:3"). */
export type Input =
  /** a file (named, or found in a folder); read by whoever processes it */
  | { kind: 'file'; label: string; path: string; outName: string }
  /** stdin, or another stream, already read */
  | { kind: 'bytes'; label: string; path: string; outName: string; bytes: Uint8Array }
  /** one line of a JSONL stream, not yet parsed; `outName` is the --out subfolder of its stream */
  | { kind: 'record'; label: string; path: string; line: number; outName: string; json: string }
  /** something found while listing inputs that cannot be processed (a loop, a FIFO, a missing path) */
  | { kind: 'error'; label: string; message: string };

/** Settings shared by every article of a run (sent once to each worker). */
export interface Settings {
  /** --input-format: auto (by extension, else sniffed), text, html or jsonl */
  inputFormat: InputFormat;
  referenceDate: string | null;
  maxBytes: number;
  lexicon: Lexicon;
  format: string;
  render: RenderOptions;
  /** keep a result for an index page (--out with a format that has renderIndex) */
  keepResult: boolean;
}

export type Outcome =
  /**
   * `rendered` comes from a worker thread as UTF-8 bytes, moved rather than copied (./worker.ts);
   * `release`, once they are written, hands their buffer back to that worker for another article.
   */
  | { ok: true; rendered: string | Uint8Array; claims: number; result?: Result; outName: string; release?: () => void }
  | { ok: false; message: string };

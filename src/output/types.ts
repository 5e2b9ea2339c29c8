// The types the renderers share with the format table (./index.ts), apart so that a renderer
// never imports the table that loads it.

import type { Result } from '../types.js';

export interface RenderOptions {
  compact: boolean;
  /** pretty: ANSI colours on (decided by the CLI from --color/--no-color, NO_COLOR, FORCE_COLOR, TTY) */
  color: boolean;
  /** pretty: show each item's rule id */
  explain: boolean;
  /** pretty: terminal width to fit (80 when unknown) */
  width: number;
}

/** One article written by a batch with --out, for an index page. */
export interface IndexEntry {
  /** path of the written file, relative to the --out folder */
  href: string;
  result: Result;
}

export interface Renderer {
  /** one article's text, ending with a newline */
  render(result: Result, options: RenderOptions): string;
  /** html: the index.html a batch with --out writes beside the articles */
  renderIndex?(entries: IndexEntry[]): string;
}

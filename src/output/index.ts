// Output formats: each renders finished Results, nothing more.

import { stringify as toYaml } from 'yaml';
import type { Result } from '../types.js';
import { renderHtml, renderIndex } from './html.js';
import { renderPretty } from './pretty.js';

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

export interface Format {
  /** one article's text, ending with a newline */
  render(result: Result, options: RenderOptions): string;
  /** what goes between two articles' renderings in one stream */
  separator: string;
  /** file extension for --out DIR ("json", "yaml", "html") */
  extension: string;
  /** html: the index.html a batch with --out writes beside the articles */
  renderIndex?(entries: IndexEntry[]): string;
}

export const FORMATS: Record<string, Format> = {
  json: {
    render: (r, o) => (o.compact ? JSON.stringify(r) : JSON.stringify(r, null, 2)) + '\n',
    separator: '',
    extension: 'json',
  },
  jsonl: { render: (r) => JSON.stringify(r) + '\n', separator: '', extension: 'json' },
  // One YAML document per article; the tree is the JSON tree (no aliases, no line folding).
  yaml: { render: (r) => toYaml(r, { aliasDuplicateObjects: false, lineWidth: 0 }), separator: '---\n', extension: 'yaml' },
  // For a person at a terminal; articles separated by a blank line.
  pretty: { render: renderPretty, separator: '\n', extension: 'txt' },
  // One self-contained page per article; --out also writes index.html through renderIndex.
  html: { render: (r) => renderHtml(r), separator: '', extension: 'html', renderIndex },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

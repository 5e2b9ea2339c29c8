// Output formats: each renders finished Results, nothing more.

import type { RenderOptions, Renderer } from './types.js';
import type { Result } from '../types.js';

export type { IndexEntry, RenderOptions, Renderer } from './types.js';

/** What is known of a format without loading its renderer. */
export interface FormatInfo {
  /** what goes between two articles' renderings in one stream */
  separator: string;
  /** file extension for --out DIR ("json", "yaml", "html") */
  extension: string;
  /** html: a batch with --out also writes index.html */
  hasIndex: boolean;
  /** the renderer, imported on first use: yaml, pretty and html cost start-up time only when used */
  load(): Promise<Renderer>;
}

export type Format = Omit<FormatInfo, 'load'> & Renderer;

const json = (r: Result, o: RenderOptions) => (o.compact ? JSON.stringify(r) : JSON.stringify(r, null, 2)) + '\n';

export const FORMATS: Record<string, FormatInfo> = {
  json: { separator: '', extension: 'json', hasIndex: false, load: async () => ({ render: json }) },
  jsonl: { separator: '', extension: 'json', hasIndex: false, load: async () => ({ render: (r) => JSON.stringify(r) + '\n' }) },
  // One YAML document per article; the tree is the JSON tree (no aliases, no line folding).
  yaml: {
    separator: '---\n',
    extension: 'yaml',
    hasIndex: false,
    load: async () => {
      const { stringify } = await import('yaml');
      return { render: (r) => stringify(r, { aliasDuplicateObjects: false, lineWidth: 0 }) };
    },
  },
  // For a person at a terminal; articles separated by a blank line.
  pretty: {
    separator: '\n',
    extension: 'txt',
    hasIndex: false,
    load: async () => ({ render: (await import('./pretty.js')).renderPretty }),
  },
  // One self-contained page per article; --out also writes index.html through renderIndex.
  html: {
    separator: '',
    extension: 'html',
    hasIndex: true,
    load: async () => {
      const { renderHtml, renderIndex } = await import('./html.js');
      return { render: (r) => renderHtml(r), renderIndex };
    },
  },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

/** The named format with its renderer loaded. */
export async function loadFormat(name: string): Promise<Format> {
  const info = FORMATS[name];
  if (!info) throw new Error(`unknown format '${name}'`);
  const { load, ...rest } = info;
  return { ...rest, ...(await load()) };
}

// Output formats: each renders finished Results, nothing more.

import { stringify as toYaml } from 'yaml';
import type { Result } from '../types.js';

export interface RenderOptions {
  compact: boolean;
}

export interface Format {
  /** one article's text, ending with a newline */
  render(result: Result, options: RenderOptions): string;
  /** what goes between two articles' renderings in one stream */
  separator: string;
}

export const FORMATS: Record<string, Format> = {
  json: {
    render: (r, o) => (o.compact ? JSON.stringify(r) : JSON.stringify(r, null, 2)) + '\n',
    separator: '',
  },
  jsonl: { render: (r) => JSON.stringify(r) + '\n', separator: '' },
  // One YAML document per article; the tree is the JSON tree (no aliases, no line folding).
  yaml: { render: (r) => toYaml(r, { aliasDuplicateObjects: false, lineWidth: 0 }), separator: '---\n' },
};

export const FORMAT_NAMES = Object.keys(FORMATS);

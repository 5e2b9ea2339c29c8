// The article text the offsets refer to. A Result carries it in source.text when
// the CLI or a batch puts it there; otherwise, for a file path, the file is read
// again and used only if its SHA-256 is the one recorded, so the highlights can
// never land on different text.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decode } from '../../input/decode.js';
import type { Result } from '../../types.js';

export function articleText(result: Result): string | null {
  if (typeof result.source.text === 'string') return result.source.text;
  const { path, sha256 } = result.source;
  if (path === '-') return null;
  try {
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) return null;
    return decode(bytes).text;
  } catch {
    return null;
  }
}

// Bytes to text: the one place that decides what the offsets count.
// UTF-8 (a leading BOM removed), UTF-16 when it starts with a BOM; invalid
// UTF-8 bytes become U+FFFD with a warning; nothing else is changed.

import type { Warning } from '../types.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  warnings: Warning[];
}

const BINARY_WINDOW = 8192;

export function decode(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings };
  }
  const window = bytes.subarray(0, BINARY_WINDOW);
  if (window.includes(0)) throw new InputError('binary file, skipped');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), warnings };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const first = text.indexOf('\ufffd');
    warnings.push({
      code: 'invalid-utf8',
      message: 'invalid UTF-8 bytes were replaced with U+FFFD',
      ...(first >= 0 ? { start: first, end: first + 1 } : {}),
    });
    return { text, warnings };
  }
}

// Processing one input: bytes → text (decoded; a page's or a Markdown file's article extracted) → Result → rendered text.
// The same function runs in a worker thread or, for a single input, in the main thread.

import { extname } from 'node:path';
import { extractText } from '../extract.js';
import { decode, InputError } from '../input/decode.js';
import { loadFormat } from '../output/index.js';
import type { Result } from '../types.js';
import { parseRecord } from './jsonl.js';
import { readInput } from './read-input.js';
import type { Input, Outcome, Settings } from './types.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);

/** How a file's text is read: as plain text, as a saved page, or as Markdown. */
function kindOf(path: string, text: string, settings: Settings): 'text' | 'html' | 'markdown' {
  if (settings.inputFormat === 'html' || settings.inputFormat === 'markdown') return settings.inputFormat;
  if (settings.inputFormat !== 'auto') return 'text';
  const extension = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(extension) || looksLikeHtmlStart(text)) return 'html';
  return MARKDOWN_EXTENSIONS.has(extension) ? 'markdown' : 'text';
}

/** `<!doctype html` or `<html` before any text: a page saved as .txt, or piped in. */
function looksLikeHtmlStart(text: string): boolean {
  const head = text.slice(0, 512).trimStart().slice(0, 14).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

async function fromBytes(bytes: Uint8Array, path: string, settings: Settings): Promise<Result> {
  const decoded = decode(bytes);
  const options = { path, referenceDate: settings.referenceDate, lexicon: settings.lexicon };
  const kind = kindOf(path, decoded.text, settings);
  if (kind === 'text') {
    const result = extractText(decoded.text, options, bytes);
    result.warnings.unshift(...decoded.warnings);
    // the page shows the article, which stdin cannot give back later
    if (settings.format === 'html') result.source.text = decoded.text;
    return result;
  }
  // Loaded only when a page or a Markdown file comes: linkedom and Readability cost ~100 ms to import.
  const article =
    kind === 'html' ? (await import('../input/html.js')).extractHtml(decoded.text) : (await import('../input/markdown.js')).extractMarkdown(decoded.text);
  // --reference-date wins over the article's metadata, which wins over a dateline in the text.
  const result = extractText(article.text, { ...options, referenceDate: settings.referenceDate ?? article.publishedDate }, bytes);
  if (article.title) result.title = article.title;
  result.source.text = article.text;
  // Decoding warnings point into the file, not into the extracted text: keep the message only.
  result.warnings.unshift(...decoded.warnings.map(({ code, message }) => ({ code, message })));
  if (article.warning) result.warnings.unshift(article.warning);
  return result;
}

function fromRecord(json: string, path: string, line: number, settings: Settings): { result: Result; id: string } {
  const record = parseRecord(json, settings.maxBytes);
  const id = record.id ?? String(line);
  // The record's own date is the most specific: it wins over --reference-date.
  const result = extractText(record.text, {
    path,
    referenceDate: record.referenceDate ?? settings.referenceDate,
    lexicon: settings.lexicon,
  });
  if (record.title !== undefined) result.title = record.title;
  result.source.id = id;
  if (settings.format === 'html') result.source.text = record.text;
  return { result, id };
}

/** A record id as one file name for an --out folder: "../../etc/x" → "_.._.._etc_x" (no separators, not hidden). */
export function safeName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  return name === '' || name.startsWith('.') ? `_${name}` : name;
}

export async function processInput(input: Input, settings: Settings): Promise<Outcome> {
  try {
    let result: Result;
    let outName: string;
    switch (input.kind) {
      case 'error':
        return { ok: false, message: input.message };
      case 'record': {
        const parsed = fromRecord(input.json, input.path, input.line, settings);
        result = parsed.result;
        // records of a file go to a folder named for it: ids need only be unique within one file
        outName = input.outName ? `${input.outName}/${safeName(parsed.id)}` : safeName(parsed.id);
        break;
      }
      case 'bytes':
        result = await fromBytes(input.bytes, input.path, settings);
        outName = input.outName;
        break;
      case 'file':
        result = await fromBytes(await readInput(input.path, settings.maxBytes), input.path, settings);
        outName = input.outName;
        break;
    }
    const format = await loadFormat(settings.format);
    const rendered = format.render(result, settings.render);
    return { ok: true, rendered, claims: result.claims.length, outName, ...(settings.keepResult ? { result } : {}) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: error.message };
    const message = (error as Error)?.message ?? String(error);
    return { ok: false, message: `internal error: ${message.split('\n')[0]} (please report it with this file)` };
  }
}

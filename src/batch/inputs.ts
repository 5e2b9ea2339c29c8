// The inputs of a run, in order: named files, folders walked, stdin, JSONL records.
// Listed lazily, so a folder of 10,000 articles is never held in memory at once.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, normalize, relative, sep } from 'node:path';
import { compileGlobs, defaultInclude, type Matcher } from './globs.js';
import { readLines } from './jsonl.js';
import { describeFsError } from './read-input.js';
import type { Input, InputFormat } from './types.js';
import { walk, type Found } from './walk.js';

export interface ListOptions {
  inputFormat: InputFormat;
  include: string[];
  exclude: string[];
  maxBytes: number;
  stdin: AsyncIterable<Uint8Array | string>;
}

/**
 * A named file's path inside an --out folder: a relative path as given ("sub/a.txt"; "../a.txt" →
 * "__/a.txt"), an absolute one relative to the working folder when inside it, else its base name.
 */
export function outNameOf(path: string, cwd = process.cwd()): string {
  let name = path;
  if (isAbsolute(path)) {
    const rel = relative(cwd, path);
    name = rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : basename(path);
  }
  const parts = normalize(name)
    .split(sep)
    .flatMap((part) => part.split('/'))
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? '__' : part));
  return parts.length ? parts.join('/') : 'input';
}

async function readAll(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    length += buffer.length;
    if (length > maxBytes) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length);
}

/** Records of one stream; `folder` is the --out subfolder their files go to ("" for stdin). */
async function* records(stream: AsyncIterable<Uint8Array | string>, path: string, folder: string, maxBytes: number): AsyncGenerator<Input> {
  for await (const line of readLines(stream, maxBytes)) {
    const label = `${path}:${line.number}`;
    if (line.text === null) {
      yield { kind: 'error', label, message: `line is over --max-bytes ${maxBytes} (raise it to read this record)` };
    } else {
      yield { kind: 'record', label, path, line: line.number, outName: folder, json: line.text };
    }
  }
}

export async function* listInputs(paths: string[], options: ListOptions): AsyncGenerator<Input> {
  const jsonl = options.inputFormat === 'jsonl';
  let globs: { include: Matcher; exclude: Matcher } | null = null;
  for (const path of paths) {
    if (path === '-') {
      if (jsonl) {
        yield* records(options.stdin, '-', '', options.maxBytes);
        continue;
      }
      const bytes = await readAll(options.stdin, options.maxBytes);
      if (bytes === null) yield { kind: 'error', label: '-', message: `stdin is over --max-bytes ${options.maxBytes} (raise it to read it)` };
      else yield { kind: 'bytes', label: '-', path: '-', outName: 'stdin', bytes };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', label: path, message: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      globs ??= {
        include: compileGlobs(options.include.length ? options.include : defaultInclude(options.inputFormat)),
        exclude: compileGlobs(options.exclude),
      };
      for await (const item of walk(path, globs)) {
        found++;
        yield* fromWalk(item, jsonl, options.maxBytes);
      }
      if (found === 0) {
        const looked = options.include.length ? options.include : defaultInclude(options.inputFormat);
        yield { kind: 'error', label: path, message: `folder has no articles (looked for ${looked.join(' ')}; see --include)` };
      }
      continue;
    }
    if (!info.isFile()) {
      // Opening a FIFO would block until someone writes to it; a device may never end.
      yield { kind: 'error', label: path, message: 'not a regular file (a FIFO, socket or device), skipped' };
    } else if (jsonl) {
      yield* fileRecords(path, outNameOf(path), options.maxBytes);
    } else {
      yield { kind: 'file', label: path, path, outName: outNameOf(path) };
    }
  }
}

async function* fromWalk(found: Found, jsonl: boolean, maxBytes: number): AsyncGenerator<Input> {
  if (found.kind === 'error') yield { kind: 'error', label: found.path, message: found.message };
  else if (jsonl) yield* fileRecords(found.path, found.relative, maxBytes);
  else yield { kind: 'file', label: found.path, path: found.path, outName: found.relative };
}

async function* fileRecords(path: string, folder: string, maxBytes: number): AsyncGenerator<Input> {
  const stream = createReadStream(path);
  try {
    yield* records(stream, path, folder, maxBytes);
  } catch (error) {
    yield { kind: 'error', label: path, message: describeFsError(error) };
  } finally {
    stream.destroy();
  }
}

/** --shard K/N: the inputs whose 0-based position p satisfies p mod N = K-1 (positions count every input, failed ones too). */
export async function* shardInputs(inputs: AsyncIterable<Input>, shard: { index: number; count: number } | null): AsyncGenerator<Input> {
  let position = 0;
  for await (const input of inputs) {
    if (!shard || position % shard.count === shard.index - 1) yield input;
    position++;
  }
}

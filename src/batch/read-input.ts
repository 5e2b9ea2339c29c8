// Reading one input (a file path or "-" for stdin) as bytes, with errors a user can act on.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError } from '../input/decode.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && REASONS[code]) return REASONS[code]!;
  return (error as Error)?.message ?? String(error);
}

/**
 * A named file, read synchronously: for a 5 KB article the five round trips of an asynchronous
 * read to libuv's pool cost more than the read itself. Opened without blocking (a FIFO named on
 * the command line would otherwise wait for a writer), then checked through the open descriptor:
 * one path lookup, and no window between the check and the read.
 */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === '-') return readStdin();
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('is a directory, not a file');
    if (!info.isFile()) throw new InputError('not a regular file, skipped');
    if (info.size > maxBytes) {
      throw new InputError(`file is ${info.size} bytes, over --max-bytes ${maxBytes} (raise it to read this file)`);
    }
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

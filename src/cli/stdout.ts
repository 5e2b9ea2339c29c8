// stdout is data: written in order, waiting when the pipe is full (memory stays
// bounded), and a reader that goes away (`extract DIR | head -1`) is a normal end.

import { EXIT_FAILED, EXIT_OK } from './exit-codes.js';

/**
 * When stdout fails: its reader has gone (EPIPE) → stop quietly with exit 0; anything else
 * (a full disk under `> out.jsonl`) → one line on stderr and exit 1.
 */
export function onStdoutError(stop: (code: number, message: string | null) => void): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stop(EXIT_OK, null);
    else stop(EXIT_FAILED, `cannot write to stdout: ${error.code === 'ENOSPC' ? 'no space left on device' : error.message}`);
  });
}

/**
 * Writes to stdout, resolving when the chunk is taken (at once, or on 'drain'); `written` runs
 * once the chunk has left the process, when its bytes may be reused.
 */
export function writeStdout(chunk: string | Uint8Array, written?: () => void): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk, written && (() => written()))) resolve();
    else process.stdout.once('drain', resolve);
  });
}

// stdout is data: written in order, waiting when the pipe is full (memory stays
// bounded), and a reader that goes away (`extract DIR | head -1`) is a normal end.

import { EXIT_OK } from './exit-codes.js';

/** Called when the reader of stdout has gone: the run stops quietly with exit 0. */
export function onClosedPipe(stop: (code: number) => void): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') stop(EXIT_OK);
    else throw error;
  });
}

/** Writes to stdout, resolving when the chunk is taken (at once, or on 'drain'). */
export function writeStdout(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

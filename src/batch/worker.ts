// A worker thread: loads the pipeline once, then processes inputs as they come.
// Several may be in flight at once: one is read from disk while another is extracted.

import { parentPort, workerData } from 'node:worker_threads';
import { processInput } from './job.js';
import type { Input, Settings } from './types.js';

export interface Request {
  id: number;
  input: Input;
}

const settings = workerData as Settings;
/** Tests only: a worker given an input whose label contains this dies, as a crash would. */
const crashOn = process.env.EXTRACT_TEST_WORKER_CRASH;

const encoder = new TextEncoder();
/** Buffers the main thread has written out and handed back (./pool.ts), for the next articles. */
const spares: ArrayBuffer[] = [];

/**
 * The rendered article as UTF-8, in a handed-back buffer when one is large enough. Why reuse:
 * a buffer that reaches the main thread lives outside its heap, and that thread allocates too
 * little to run a collection often; 38 MB of them piled up over a 5 MB batch before one ran.
 */
function encode(text: string): Uint8Array {
  let buffer = spares.pop();
  // a quarter larger than this article needs, so that most of the next ones fit in it too
  if (!buffer || buffer.byteLength < text.length) buffer = new ArrayBuffer(Math.ceil(text.length * 1.25) + 4096);
  const view = new Uint8Array(buffer);
  const { read, written } = encoder.encodeInto(text, view);
  return read === text.length ? view.subarray(0, written) : encoder.encode(text);
}

parentPort!.on('message', (request: Request | { spare: ArrayBuffer }) => {
  if ('spare' in request) {
    if (spares.length < 16) spares.push(request.spare);
    return;
  }
  if (crashOn && request.input.label.includes(crashOn)) process.exit(70);
  void processInput(request.input, settings).then((outcome) => {
    if (!outcome.ok) return parentPort!.postMessage({ id: request.id, outcome });
    // The rendered article goes as UTF-8 bytes, its buffer moved to the main thread, which only
    // writes it out. Sent as a string, it was copied into the main thread's heap and outlived
    // a few of its collections there, waiting in the output queue: that heap grew to ~120 MB
    // over a 5 MB batch. Encoding here also spares the main thread the encoding on write.
    const bytes = encode(outcome.rendered as string);
    parentPort!.postMessage({ id: request.id, outcome: { ...outcome, rendered: bytes } }, [bytes.buffer as ArrayBuffer]);
  });
});

// The pipeline is loaded (imported above): work can come.
parentPort!.postMessage({ ready: true });

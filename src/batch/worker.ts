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

parentPort!.on('message', (request: Request) => {
  if (crashOn && request.input.label.includes(crashOn)) process.exit(70);
  void processInput(request.input, settings).then((outcome) => parentPort!.postMessage({ id: request.id, outcome }));
});

// The pipeline is loaded (imported above): work can come.
parentPort!.postMessage({ ready: true });

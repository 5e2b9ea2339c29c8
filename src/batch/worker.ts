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

parentPort!.on('message', (request: Request) => {
  void processInput(request.input, settings).then((outcome) => parentPort!.postMessage({ id: request.id, outcome }));
});

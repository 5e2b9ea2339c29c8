// Runs a batch: inputs in, outcomes out in input order, with at most `window`
// inputs between being read and being written (memory stays flat however many there are).

import { processInput } from './job.js';
import { WorkerPool } from './pool.js';
import type { Input, Outcome, Settings } from './types.js';

/** Receives each input's outcome, in input order; may wait (a full pipe) to slow the batch down. */
export type Sink = (input: Input, outcome: Outcome) => Promise<void>;

export interface RunOptions {
  /** --jobs: worker threads; 1 runs everything in this thread */
  jobs: number;
  /** called once the run holds a pool, so an interrupt can stop it */
  onPool?: (pool: WorkerPool) => void;
}

function inThread(settings: Settings) {
  return (input: Input): Promise<Outcome> => processInput(input, settings);
}

export async function runBatch(inputs: AsyncIterable<Input>, settings: Settings, options: RunOptions, sink: Sink): Promise<void> {
  const iterator = inputs[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const second = await iterator.next();
  // One input, or --jobs 1: no worker (starting one costs more than a small article).
  let pool: WorkerPool | null = null;
  let execute = inThread(settings);
  if (!second.done && options.jobs > 1) {
    const workers = new WorkerPool(options.jobs, settings);
    pool = workers;
    options.onPool?.(workers);
    execute = (input) => (input.kind === 'error' ? processInput(input, settings) : workers.run(input));
  }
  const window = pool ? options.jobs * 4 : 1;
  const pending: { input: Input; outcome: Promise<Outcome> }[] = [];
  const start = (input: Input): void => {
    pending.push({ input, outcome: execute(input) });
  };
  try {
    start(first.value);
    if (!second.done) start(second.value);
    for (;;) {
      while (pending.length >= window || (pending.length > 0 && pool === null)) {
        const head = pending.shift()!;
        await sink(head.input, await head.outcome);
      }
      const next = await iterator.next();
      if (next.done) break;
      start(next.value);
    }
    while (pending.length > 0) {
      const head = pending.shift()!;
      await sink(head.input, await head.outcome);
    }
  } finally {
    await pool?.close();
  }
}

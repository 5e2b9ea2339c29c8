// Runs a batch: inputs in, outcomes out in input order, with at most `window`
// inputs between being read and being written (memory stays flat however many there are).

import { Executor } from './pool.js';
import type { Input, Outcome, Settings } from './types.js';

/** Receives each input's outcome, in input order; may wait (a full pipe) to slow the batch down. */
export type Sink = (input: Input, outcome: Outcome) => Promise<void>;

export interface RunOptions {
  /** --jobs: worker threads extracting at once; 1 runs everything in this thread */
  jobs: number;
}

/** Processing in this thread; the pipeline is imported on first use (a run whose workers take everything never loads it here). */
function inThread(settings: Settings) {
  return async (input: Input): Promise<Outcome> => {
    if (input.kind === 'error') return { ok: false, message: input.message };
    const { processInput } = await import('./job.js');
    return processInput(input, settings);
  };
}

export async function runBatch(inputs: AsyncIterable<Input>, settings: Settings, options: RunOptions, sink: Sink): Promise<void> {
  const iterator = inputs[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const second = await iterator.next();
  // One input, or --jobs 1: no worker (starting one costs more than a small article).
  const local = inThread(settings);
  let executor: Executor | null = null;
  let execute = local;
  if (!second.done && options.jobs > 1) {
    const threads = new Executor(options.jobs, settings, local);
    executor = threads;
    execute = (input) => (input.kind === 'error' ? Promise.resolve({ ok: false, message: input.message }) : threads.run(input));
  }
  // In this thread too, the next input is read while this one is extracted: reading a small file
  // is five round trips to libuv's pool, ~1 ms an article of idle time when done one after another.
  const window = executor ? executor.capacity * 2 : 2;
  const pending: { input: Input; outcome: Promise<Outcome> }[] = [];
  const start = (input: Input): void => {
    pending.push({ input, outcome: execute(input) });
  };
  try {
    start(first.value);
    if (!second.done) start(second.value);
    for (;;) {
      while (pending.length >= window) {
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
    await executor?.close();
  }
}

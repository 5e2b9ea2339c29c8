// Where each input is processed: `jobs` worker threads, or this thread when none could start.
//
// A worker costs a Node isolate and a load of the pipeline, more than a small article, so workers
// are started only when a batch has a second input. This thread only reads, hands out and writes.
// Were it one of the jobs, it would hold a full-size heap beside the workers' (V8 sizes a heap to
// the work done in it): peak RSS with --jobs 2 was ~200 MB at 5 MB and ~230 MB at 50 MB. Until
// session 15 it extracted the first two inputs while the workers loaded; since the workers load
// through their own code cache that gained no wall time even on a batch of two articles (0.775 s
// against 0.791 s, medians of ten pairs), and it cost ~15 MB of peak RSS on 5 MB (its young
// generation grew to full size).
//
// Tried and measured: starting one worker first and the others once it had worked 1.5 s, so that
// their warm-ups would not fight over the cores, gained nothing on 2 cores (--jobs 2 took 1.03x
// the wall time of all workers at once on 5 MB and on 50 MB).
//
// A worker that crashes fails only the inputs it held (each is first retried alone, so an
// innocent input held beside the culprit still gets its result), and is replaced.

import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { WORKER_INTERRUPT_BUDGET } from '../boot/flags.js';
import type { Input, Outcome, Settings } from './types.js';

interface Task {
  id: number;
  input: Input;
  resolve: (outcome: Outcome) => void;
  /** set when a worker crashed while holding it: it then runs alone, so it can only take itself down */
  retry: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  tasks: Map<number, Task>;
}

/** Tests only (see worker.ts): an input meant to crash a worker is never taken by this thread. */
const crashOn = process.env.EXTRACT_TEST_WORKER_CRASH;

/** Inputs queued in one worker: enough that it never waits for this thread to hand out the next. */
const IN_FLIGHT = 3;

/**
 * A worker's young generation, in MB (V8's default is 48): a worker's live data is ~11 MB after a
 * full collection, and a smaller nursery is collected more often at no clear cost. 24 took ~15 MB
 * less RSS a worker than the default; 12 took 16 MiB less again with --jobs 2 in the sixteenth session.
 * In the seventeenth, one article's working set outgrew 12: its objects were promoted and each worker's
 * old space filled to ~95 MB between full collections (--trace-gc on 50 MB: 16-18 mark-compacts, was 2),
 * and peak RSS with --jobs 2 rose to 273-309 MB at 50 MB. 24 keeps them young again: 4 mark-compacts,
 * 191-194 MB at 50 MB and 173 MB on the 8.5 MB corpus (225 with 12); 32 and 48 cost more (230, 236 MB).
 * Whether a rule's change crosses this line shows only in the bench's RSS column: check it.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * Bytecode a function runs before V8 considers optimising it, once workers start (V8's default is 132 KB
 * in Node 20). Each worker optimises the program anew on V8's background threads, which made --jobs 2 cost
 * ~50% more CPU than --jobs 1 (5 MB: those threads took 5.9 s against 3.1 s). With 1 MB the optimising
 * compiler works on the hot functions only: --jobs 2 CPU 12.3 → 9.3 s, 0.85× → 1.3× --jobs 1's speed.
 * Not for one thread: there the optimising runs free on the other core, and the budget cost --jobs 1
 * ~10% wall (four alternated runs on 5 MB). Set process-wide before the first worker starts; the
 * workers load the bundle through a code cache made under it (../boot/load.ts).
 * EXTRACT_INTERRUPT_BUDGET overrides it (0: V8's default), for measuring only.
 */
const INTERRUPT_BUDGET = /^\d{1,9}$/.test(process.env.EXTRACT_INTERRUPT_BUDGET ?? '') ? Number(process.env.EXTRACT_INTERRUPT_BUDGET) : WORKER_INTERRUPT_BUDGET;

export type LocalRunner = (input: Input) => Promise<Outcome>;

export class Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;
  private localBusy = false;
  private started = false;
  /** workers that died before loading: past a few, this thread does the work alone */
  private failedStarts = 0;

  constructor(
    /** worker threads to start (--jobs) */
    private readonly workers: number,
    private readonly settings: Settings,
    /** processes one input in this thread */
    private readonly local: LocalRunner,
    private readonly script = new URL('./worker.js', import.meta.url),
  ) {}

  /** How many inputs may be in flight at once (the ordered runner's window). */
  get capacity(): number {
    return this.workers * IN_FLIGHT + 1;
  }

  run(input: Input): Promise<Outcome> {
    if (!this.started && this.workers > 0) {
      this.started = true;
      if (INTERRUPT_BUDGET > 0) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
      for (let i = 0; i < this.workers; i++) this.spawn();
    }
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, input, resolve, retry: false });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private freeSlot(): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.slots) {
      if (!slot.ready || slot.tasks.size >= IN_FLIGHT) continue;
      if ([...slot.tasks.values()].some((t) => t.retry)) continue;
      if (!best || slot.tasks.size < best.tasks.size) best = slot;
    }
    return best;
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const head = this.waiting[0]!;
      const slot = this.freeSlot();
      if (slot && (!head.retry || slot.tasks.size === 0)) {
        this.waiting.shift();
        slot.tasks.set(head.id, head);
        slot.worker.postMessage({ id: head.id, input: head.input });
      } else if (!this.localBusy && !head.retry && this.slots.length === 0 && !(crashOn && head.input.label.includes(crashOn))) {
        this.waiting.shift();
        this.runLocally(head);
      } else if (head.retry && this.slots.length === 0) {
        this.waiting.shift(); // no worker left to retry in (they all failed to start)
        head.resolve({ ok: false, message: 'internal error: worker crashed (please report it with this file)' });
      } else {
        return;
      }
    }
  }

  private runLocally(task: Task): void {
    this.localBusy = true;
    void this.local(task.input).then((outcome) => {
      this.localBusy = false;
      task.resolve(outcome);
      // Let worker messages that queued while this thread was extracting be handled first.
      setImmediate(() => this.dispatch());
    });
  }

  private spawn(): void {
    const worker = new Worker(this.script, { workerData: this.settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, tasks: new Map() };
    worker.on('message', (message: { ready: true } | { id: number; outcome: Outcome }) => {
      if ('ready' in message) {
        slot.ready = true;
      } else {
        const task = slot.tasks.get(message.id);
        if (!task) return;
        slot.tasks.delete(message.id);
        const outcome = message.outcome;
        if (outcome.ok && typeof outcome.rendered !== 'string') {
          const buffer = outcome.rendered.buffer as ArrayBuffer; // moved from the worker, never shared
          outcome.release = () => worker.postMessage({ spare: buffer }, [buffer]);
        }
        task.resolve(outcome);
      }
      this.dispatch();
    });
    const fail = (reason: string): void => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return; // already replaced
      this.slots.splice(index, 1);
      // Which of its tasks took the worker down is unknown: each is tried once more, alone.
      const retried = [...slot.tasks.values()].filter((task) => !task.retry);
      for (const task of slot.tasks.values()) {
        if (task.retry) task.resolve({ ok: false, message: `internal error: worker crashed: ${reason} (please report it with this file)` });
      }
      for (const task of retried) task.retry = true;
      slot.tasks.clear();
      this.waiting.unshift(...retried);
      void worker.terminate();
      if (!slot.ready) this.failedStarts++;
      if (!this.closed && this.failedStarts < 3) this.spawn(); // a fresh worker takes the remaining inputs
      this.dispatch();
    };
    worker.on('error', (error) => fail((error?.message ?? String(error)).split('\n')[0]!));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`exited with code ${code}`);
    });
    this.slots.push(slot);
  }
}

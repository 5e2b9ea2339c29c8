// A pool of worker threads, started lazily (a worker costs a Node isolate and one
// load of the pipeline). A worker that crashes fails only the inputs it held, and is replaced.

import { Worker } from 'node:worker_threads';
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
  tasks: Map<number, Task>;
}

/** Two in flight per worker: one file is read while the other is extracted. */
const IN_FLIGHT = 2;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly settings: Settings,
    private readonly script = new URL('./worker.js', import.meta.url),
  ) {}

  run(input: Input): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, input, resolve, retry: false });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still held resolve as failures. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.tasks.size < best.tasks.size ? s : best), null);
      if ((!slot || slot.tasks.size > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot || slot.tasks.size >= IN_FLIGHT || [...slot.tasks.values()].some((t) => t.retry)) return;
      if (this.waiting[0]!.retry && slot.tasks.size > 0) return;
      const task = this.waiting.shift()!;
      slot.tasks.set(task.id, task);
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.settings });
    const slot: Slot = { worker, tasks: new Map() };
    worker.on('message', (message: { id: number; outcome: Outcome }) => {
      const task = slot.tasks.get(message.id);
      if (!task) return;
      slot.tasks.delete(message.id);
      task.resolve(message.outcome);
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
      this.waiting.unshift(...retried);
      slot.tasks.clear();
      void worker.terminate();
      this.dispatch(); // a fresh worker takes the remaining inputs
    };
    worker.on('error', (error) => fail((error?.message ?? String(error)).split('\n')[0]!));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`exited with code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }
}

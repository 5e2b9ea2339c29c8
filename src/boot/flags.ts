// V8 flags the batch pool sets for its worker threads (../batch/pool.ts), here so that the build
// (scripts/bundle.mjs) can make the workers' code cache under the same flags: V8 rejects a cache
// made under other ones.

/**
 * Bytecode a function runs before V8 considers optimising it, in worker threads (V8's default is
 * 132 KB in Node 20): see ../batch/pool.ts for why and what it gained.
 */
export const WORKER_INTERRUPT_BUDGET = 1_000_000;

/** The command-line form of the flag, as the build's training run for the workers' cache passes it. */
export const WORKER_FLAG = `--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`;

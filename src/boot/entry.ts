// The bundle's entry (scripts/bundle.mjs): one script for the command line and for its worker
// threads, so both load the same compiled code from one V8 code cache (./load.ts).

import { isMainThread } from 'node:worker_threads';

if (isMainThread) void import('../cli/main.js');
else void import('../batch/worker.js');

// Where finished articles go: stdout (one stream, in input order) or --out DIR
// (a file each, plus an index page for formats that have one).

import type { OutDir } from '../batch/out-dir.js';
import type { Sink } from '../batch/run.js';
import type { Format, IndexEntry } from '../output/index.js';
import type { Reporter } from './reporter.js';
import { writeStdout } from './stdout.js';

export function stdoutSink(format: Format, reporter: Reporter): Sink {
  let printed = 0;
  return async (input, outcome) => {
    if (!outcome.ok) {
      reporter.error(input.label, outcome.message);
      reporter.done(false, 0);
      return;
    }
    if (printed++ > 0 && format.separator) process.stdout.write(format.separator);
    await writeStdout(outcome.rendered, outcome.release);
    reporter.done(true, outcome.claims);
  };
}

export function outDirSink(dir: OutDir, format: Format, reporter: Reporter, index: IndexEntry[] | null): Sink {
  return async (input, outcome) => {
    if (!outcome.ok) {
      reporter.error(input.label, outcome.message);
      reporter.done(false, 0);
      return;
    }
    try {
      const href = await dir.write(outcome.outName, format.extension, outcome.rendered, input.label);
      outcome.release?.();
      if (index && outcome.result) {
        // The page text is the heaviest part of a result and no index shows it.
        delete outcome.result.source.text;
        index.push({ href, result: outcome.result });
      }
      reporter.done(true, outcome.claims);
    } catch (error) {
      reporter.error(input.label, `cannot write output: ${describeWriteError(error)}`);
      reporter.done(false, 0);
    }
  };
}

export function describeWriteError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `permission denied (${e.path ?? 'output folder'})`;
  if (e?.code === 'ENOSPC') return 'no space left on device';
  if (e?.code === 'ENOTDIR') return `a file is in the way of an output folder (${e.path ?? ''})`;
  return (e?.message ?? String(error)).split('\n')[0]!;
}

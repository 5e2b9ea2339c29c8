// The progress bar (src/cli/reporter.ts) once the total is known: a fraction, an ETA and a bar.

import { describe, expect, it } from 'vitest';
import { Reporter } from '../src/cli/reporter.js';

function terminal() {
  const written: string[] = [];
  const stream = { columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progress bar', () => {
  it('shows the fraction, ETA and bar once the total is set', () => {
    const { stream, written } = terminal();
    const reporter = new Reporter(stream, true);
    reporter.setTotal(3);
    reporter.done(true, 4);
    const line = written.at(-1)!;
    expect(line).toMatch(/^\rextract: 1\/3 articles, [\d.]+\/s, ETA \d+:\d\d \[#+\.+\]\x1b\[K$/);
    expect(line.length).toBeLessThan(80 + 4);
  });

  it('shows a count alone before the total is known, and nothing when not drawing', () => {
    const { stream, written } = terminal();
    new Reporter(stream, true).done(true, 1);
    expect(written.at(-1)).toMatch(/^\rextract: 1 articles, [\d.]+\/s\x1b\[K$/);
    const quiet = terminal();
    new Reporter(quiet.stream, false).done(true, 1);
    expect(quiet.written).toEqual([]);
  });
});

// The whole pipeline on adversarial strings built for each pattern family must grow
// linearly: the time at 4n stays within a generous bound of 4x the time at n
// (quadratic growth would be 16x). Absolute speed is the benchmark's job, not this test's.
// On a machine loaded by other work (load average 10 on 2 cores), "opening quotes only" once took
// 191 ms against 14 ms (13x) as the fastest of five runs, while a direct measurement from 40,000 to
// 640,000 characters grew linearly: the bound is 12x plus 60 ms, over seven runs.

import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';

const FAMILIES: Record<string, (n: number) => string> = {
  'capitalised words': (n) => 'Abdul Rahman Al Qasimi Khan '.repeat(Math.ceil(n / 28)).slice(0, n),
  'hyphenated capitals': (n) => 'Tehreek-E-Azadi-Bano-'.repeat(Math.ceil(n / 21)).slice(0, n),
  'digits and commas': (n) => '1,234,'.repeat(Math.ceil(n / 6)).slice(0, n),
  'number words': (n) => 'more than two dozen hundred thousand '.repeat(Math.ceil(n / 37)).slice(0, n),
  'quotation marks': (n) => '“a ”"b" ‘c’ '.repeat(Math.ceil(n / 12)).slice(0, n),
  'opening quotes only': (n) => '“He said '.repeat(Math.ceil(n / 9)).slice(0, n),
  spaces: (n) => 'a' + ' '.repeat(n) + 'b.',
  'line breaks': (n) => 'A\n'.repeat(Math.ceil(n / 2)).slice(0, n),
  dots: (n) => 'U.S.'.repeat(Math.ceil(n / 4)).slice(0, n),
  'reporting verbs': (n) => 'officials said that analysts warned that '.repeat(Math.ceil(n / 41)).slice(0, n),
  'casualty words': (n) => 'killed and wounded dozens killed '.repeat(Math.ceil(n / 33)).slice(0, n),
  'date words': (n) => 'Monday October 19 2025 last year '.repeat(Math.ceil(n / 33)).slice(0, n),
  'parentheses': (n) => '(((('.repeat(Math.ceil(n / 8)) + '))))'.repeat(Math.ceil(n / 8)),
};

/** The fastest of seven runs of each text, the two alternated so that both see the same load. */
function fastest(small: string, large: string): [number, number] {
  const best = [Infinity, Infinity] as [number, number];
  for (let i = 0; i < 7; i++) {
    [small, large].forEach((text, k) => {
      const t0 = performance.now();
      extractText(text, { referenceDate: '2025-10-28' });
      best[k] = Math.min(best[k]!, performance.now() - t0);
    });
  }
  return best;
}

describe('linear time on adversarial text', () => {
  it.each(Object.keys(FAMILIES))('%s', (family) => {
    const make = FAMILIES[family]!;
    const [small, large] = fastest(make(20_000), make(80_000));
    // 4x the input: linear is ~4x; allow 12x plus 60 ms of noise, below quadratic's 16x
    expect(large).toBeLessThan(small * 12 + 60);
  }, 60_000);
});

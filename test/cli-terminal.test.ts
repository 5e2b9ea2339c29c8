// What the terminal decides: the default format, colour (--color/--no-color, NO_COLOR,
// FORCE_COLOR, a TTY) and --explain, in process and through the binary.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultFormat, useColor, type Terminal } from '../src/cli/terminal.js';
import { FORMATS } from '../src/output/index.js';
import { BIN, EXAMPLE, EXAMPLE_TEXT, folder, run } from './helpers/run-cli.js';

const tty: Terminal = { stdoutIsTTY: true, columns: 100, env: {} };
const pipe: Terminal = { stdoutIsTTY: false, columns: undefined, env: {} };
const ESC = '\u001b[';
const hasPretty = 'pretty' in FORMATS;

describe('colour', () => {
  it.each([
    ['a terminal', null, tty, true],
    ['a pipe', null, pipe, false],
    ['--color on a pipe', true, pipe, true],
    ['--no-color on a terminal', false, tty, false],
    ['NO_COLOR=1 on a terminal', null, { ...tty, env: { NO_COLOR: '1' } }, false],
    ['NO_COLOR empty (unset by convention)', null, { ...tty, env: { NO_COLOR: '' } }, true],
    ['FORCE_COLOR=1 on a pipe', null, { ...pipe, env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR=0 on a terminal', null, { ...tty, env: { FORCE_COLOR: '0' } }, false],
    ['FORCE_COLOR over NO_COLOR', null, { ...pipe, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, true],
    ['--color over NO_COLOR', true, { ...tty, env: { NO_COLOR: '1' } }, true],
    ['TERM=dumb', null, { ...tty, env: { TERM: 'dumb' } }, false],
  ] as const)('%s', (_, flag, terminal, expected) => {
    expect(useColor(flag, terminal, null)).toBe(expected);
  });

  it('is off for --out files unless asked for', () => {
    expect(useColor(null, tty, 'results')).toBe(false);
  });
});

describe('default format', () => {
  it.each([
    [tty, null, 'auto', hasPretty ? 'pretty' : 'json'],
    [pipe, null, 'auto', 'json'],
    [tty, 'results', 'auto', 'json'],
    [pipe, null, 'jsonl', 'jsonl'],
  ] as const)('%#: %j with --out %s and input %s → %s', (terminal, out, input, expected) => {
    expect(defaultFormat(terminal, out, input)).toBe(expected);
  });
});

describe('colour and --explain through the binary', { timeout: 60_000 }, () => {
  it('prints JSON when stdout is a pipe, and says so in --help', () => {
    expect(JSON.parse(run([EXAMPLE]).stdout).schemaVersion).toBe(1);
    expect(run(['--help']).stdout.replace(/\s+/g, ' ')).toMatch(/default: (pretty when stdout is a terminal, else )?json/);
  });

  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!script || !hasPretty)('prints the pretty view, in colour, when stdout is a terminal (util-linux script)', () => {
    const p = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" "${EXAMPLE}"`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm' },
      timeout: 60_000,
    });
    expect(p.status).toBe(0);
    expect(p.stdout.trimStart().startsWith('{')).toBe(false);
    expect(p.stdout).toContain(ESC);
  });

  it.skipIf(!script)('draws a progress bar and a summary when stderr is a terminal, nothing with --quiet', () => {
    const root = folder({ 'a.txt': EXAMPLE_TEXT, 'b.txt': EXAMPLE_TEXT, 'c.txt': EXAMPLE_TEXT });
    const inTerminal = (extra: string) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" "${root}" --format jsonl ${extra} > /dev/null`, '/dev/null'], {
        encoding: 'utf8',
        timeout: 60_000,
      }).stdout;
    const shown = inTerminal('');
    // the total ("/3") comes from a second listing that runs beside the batch: it may come after the first draw
    expect(shown).toMatch(/\rextract: \d(?:\/3)? articles, [\d.]+\/s/);
    expect(shown).toMatch(/extract: 3 articles, 0 failed, \d+ claims in [\d.]+ s/);
    expect(inTerminal('--quiet').trim()).toBe('');
  });

  it.skipIf(!hasPretty)('colours the pretty view with FORCE_COLOR or --color, not with NO_COLOR', () => {
    expect(run([EXAMPLE, '-f', 'pretty'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(run([EXAMPLE, '-f', 'pretty', '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    expect(run([EXAMPLE, '-f', 'pretty'], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(run([EXAMPLE, '-f', 'pretty', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it.skipIf(!hasPretty)('shows rule ids with --explain', () => {
    const json = JSON.parse(run([EXAMPLE, '-r', '2025-10-28']).stdout);
    const rules: string[] = [...json.dates, ...json.claims].map((item: { rule: string }) => item.rule);
    const plain = run([EXAMPLE, '-r', '2025-10-28', '-f', 'pretty']).stdout;
    const explained = run([EXAMPLE, '-r', '2025-10-28', '-f', 'pretty', '--explain']).stdout;
    for (const rule of new Set(rules)) {
      expect(explained).toContain(rule);
      expect(plain).not.toContain(`[${rule}]`);
    }
  });
});

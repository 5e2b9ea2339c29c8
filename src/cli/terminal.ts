// What the terminal decides: the default format, colour and width.

import { FORMATS } from '../output/index.js';

export interface Terminal {
  stdoutIsTTY: boolean;
  columns: number | undefined;
  env: NodeJS.ProcessEnv;
}

export function currentTerminal(): Terminal {
  return { stdoutIsTTY: Boolean(process.stdout.isTTY), columns: process.stdout.columns, env: process.env };
}

/**
 * pretty for a person at a terminal (when that format is built in); else JSON, or JSON Lines when
 * the input is JSON Lines (a streaming mapper: one line out per record in).
 */
export function defaultFormat(terminal: Terminal, out: string | null, inputFormat: string): string {
  if (terminal.stdoutIsTTY && out === null && FORMATS.pretty) return 'pretty';
  return inputFormat === 'jsonl' ? 'jsonl' : 'json';
}

/**
 * --color/--no-color win; then FORCE_COLOR (any value but "0"/"false" forces colour on),
 * then NO_COLOR (any non-empty value: https://no-color.org); else colour only on a terminal.
 */
export function useColor(flag: boolean | null, terminal: Terminal, out: string | null): boolean {
  if (flag !== null) return flag;
  const force = terminal.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (terminal.env.NO_COLOR) return false;
  return terminal.stdoutIsTTY && out === null && terminal.env.TERM !== 'dumb';
}

export function width(terminal: Terminal): number {
  return terminal.stdoutIsTTY && terminal.columns ? terminal.columns : 80;
}

// Runs the built binary as a subprocess. EXTRACT_MAIN points the tests at another
// build (a private one, while others rebuild dist/).

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BIN = process.env.EXTRACT_MAIN ?? new URL('../../bin/extract', import.meta.url).pathname;
export const EXAMPLE = new URL('../../fixtures/pakistan-afghanistan-talks.txt', import.meta.url).pathname;
export const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run {
  // Colour variables of the shell running the tests must not leak into the outputs compared.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const spawnOptions: SpawnSyncOptions = {
    input: options.input,
    encoding: 'utf8',
    env: { ...env, ...options.env },
    cwd: options.cwd,
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  };
  const p = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { code: p.status, signal: p.signal, stdout: String(p.stdout), stderr: String(p.stderr) };
}

/** A fresh folder with the given files ("a/b.txt": contents). */
export function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'extract-batch-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

export function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '');
}

// The command line: the only place that prints. stdout is data, stderr is diagnostics.

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { extractBytes } from '../extract.js';
import { InputError } from '../input/decode.js';
import { describeFsError, readInput } from '../batch/read-input.js';
import { FORMATS } from '../output/index.js';
import { parseUserLexicon } from '../lexicon/user.js';
import { buildProgram, parseArgs, UsageError } from './program.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

function diagnose(path: string | null, message: string): void {
  process.stderr.write(`extract: ${path === null ? '' : `${path}: `}${message}\n`);
}

/** Writes to stdout, waiting when the pipe is full so memory stays bounded. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`extract … | head -1`) is a normal end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  const program = buildProgram(version());
  let parsed;
  try {
    parsed = parseArgs(program, argv);
  } catch (error) {
    if (error instanceof CommanderError) return EXIT_OK; // --help or --version, already printed
    diagnose(null, `${(error as Error).message} (see extract --help)`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  let paths = parsed.paths;
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      diagnose(null, 'no input: give a file, or pipe text to stdin (see extract --help)');
      return EXIT_USAGE;
    }
    paths = ['-'];
  }
  let lexicon;
  if (options.lexicon) {
    try {
      lexicon = parseUserLexicon(readFileSync(options.lexicon, 'utf8'));
    } catch (error) {
      diagnose(options.lexicon, describeFsError(error));
      return EXIT_USAGE;
    }
  }
  const format = FORMATS[options.format]!;
  let failed = 0;
  let printed = 0;
  for (const path of paths) {
    try {
      const bytes = await readInput(path, options.maxBytes);
      const result = extractBytes(bytes, { path, referenceDate: options.referenceDate, lexicon });
      await write((printed++ > 0 ? format.separator : '') + format.render(result, { compact: options.compact, color: false, explain: false, width: 80 }));
    } catch (error) {
      failed++;
      if (error instanceof InputError) diagnose(path, error.message);
      else diagnose(path, `internal error: ${(error as Error).message} (please report it with this file)`);
    }
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    diagnose(null, `internal error: ${(error as Error).message}`);
    process.exitCode = EXIT_FAILED;
  },
);

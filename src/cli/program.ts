// The commander program: options, help and usage errors. Parsing only; main.ts runs it.

import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { FORMAT_NAMES } from '../output/index.js';

export interface CliOptions {
  format: string;
  compact: boolean;
  referenceDate: string | null;
  maxBytes: number;
  lexicon: string | null;
}

export class UsageError extends Error {}

const EXAMPLES = `
Examples:
  extract article.txt                          JSON for one article
  extract article.txt --reference-date 2025-10-28
  extract a.txt b.txt --format jsonl           one line per article
  cat article.txt | extract -                  read stdin
  extract article.txt | jq '.quotes[] | {speaker: .speaker.text, text}'

Exit codes: 0 all inputs processed, 1 some input failed (the others are printed), 2 usage error.`;

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`'${value}' is not a date (use YYYY-MM-DD, e.g. 2025-10-28)`);
  }
  return value;
}

function parseFormat(value: string): string {
  if (!FORMAT_NAMES.includes(value)) {
    throw new InvalidArgumentError(`unknown format '${value}' (use ${FORMAT_NAMES.join(', ')})`);
  }
  return value;
}

function parseBytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`'${value}' is not a positive number of bytes`);
  return n;
}

export function buildProgram(version: string): Command {
  return new Command()
    .name('extract')
    .description('Extract actors, dates, casualty figures, quotes and claims from news articles.')
    .argument('[paths...]', 'article files; "-" or none (with piped input) reads stdin')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}`, parseFormat, 'json')
    .option('--compact', 'one-line JSON', false)
    .option('-r, --reference-date <date>', 'resolve relative dates against this YYYY-MM-DD', parseDate)
    .option('--max-bytes <n>', 'skip files larger than this', parseBytes, 10 * 1024 * 1024)
    .option('--lexicon <file>', 'extra names, aliases and types (YAML; see README)')
    .version(version, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeErr: () => {}, // usage errors are printed by main.ts in our own format
    });
}

export interface Parsed {
  paths: string[];
  options: CliOptions;
}

/** Parses argv; throws UsageError for bad usage, CommanderError for --help/--version. */
export function parseArgs(program: Command, argv: string[]): Parsed {
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')) {
      throw error;
    }
    const message = (error as Error).message.replace(/^error: /, '');
    throw new UsageError(message);
  }
  const o = program.opts();
  return {
    paths: program.args,
    options: {
      format: o.format,
      compact: Boolean(o.compact),
      referenceDate: o.referenceDate ?? null,
      maxBytes: o.maxBytes,
      lexicon: o.lexicon ?? null,
    },
  };
}

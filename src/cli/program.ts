// The commander program: options, help and usage errors. Parsing only; main.ts runs it.

import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseCalendarDate } from '../input/calendar-date.js';
import { FORMAT_NAMES } from '../output/index.js';
import type { InputFormat } from '../batch/types.js';

export interface CliOptions {
  /** null: not given, decided by the terminal (see terminal.ts) */
  format: string | null;
  compact: boolean;
  referenceDate: string | null;
  maxBytes: number;
  lexicon: string | null;
  inputFormat: InputFormat;
  include: string[];
  exclude: string[];
  out: string | null;
  jobs: number;
  shard: { index: number; count: number } | null;
  /** --color / --no-color; null: decided by NO_COLOR, FORCE_COLOR and the terminal */
  color: boolean | null;
  explain: boolean;
  quiet: boolean;
  summary: boolean;
}

export class UsageError extends Error {}

const EXAMPLES = `
Examples:
  extract article.txt                          read it in the terminal (pretty view)
  extract article.txt --reference-date 2025-10-28
  extract article.txt | jq '.quotes[] | {speaker: .speaker.text, text}'
  extract a.txt b.txt --format jsonl           one line per article
  cat article.txt | extract -                  read stdin
  extract page.html                            a saved news page: its article text, title and date
  extract post.md                              a Markdown article: its text, front matter title and date
  extract corpus/ --format jsonl > out.jsonl   a folder (recursive: .txt .md .html…)
  extract corpus/ --out results/ --jobs 4      results/<path>.json, one file per article
  extract corpus/ --shard 2/8 --format jsonl   the 2nd of 8 shards (a CI matrix job)
  extract --input-format jsonl < in.jsonl      {"id","text","referenceDate"?,"title"?} per line:
                                               one line out per record, in order (a streaming mapper)

Output goes to stdout (pretty on a terminal, JSON when piped or redirected), diagnostics
to stderr as "extract: PATH: problem".
Exit codes: 0 all inputs processed, 1 some input failed (the others are printed), 2 usage error,
130 interrupted.`;

function parseDate(value: string): string {
  const date = parseCalendarDate(value);
  if (!date) throw new InvalidArgumentError(`'${value}' is not a date (use YYYY-MM-DD, e.g. 2025-10-28)`);
  return date;
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

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`'${value}' is not a number of jobs (use 1 to 256)`);
  return n;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError(`'${value}' is not a shard (use K/N with 1 <= K <= N, e.g. 1/4)`);
  }
  return { index, count };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function buildProgram(version: string): Command {
  return new Command()
    .name('extract')
    .description('Extract actors, dates, casualty figures, quotes and claims from news articles.')
    .argument('[paths...]', 'articles or folders; "-" or none (with piped input) reads stdin')
    .option(
      '-f, --format <format>',
      `output format: ${FORMAT_NAMES.join(', ')} (default: ${FORMAT_NAMES.includes('pretty') ? 'pretty when stdout is a terminal, else ' : ''}json; jsonl for JSONL input)`,
      parseFormat,
    )
    .option('--compact', 'one-line JSON', false)
    .option('-r, --reference-date <date>', 'resolve relative dates against this YYYY-MM-DD', parseDate)
    .addOption(
      new Option('--input-format <format>', 'auto: by extension (.html/.htm are pages, .md/.markdown Markdown), else sniffed; jsonl: one {"id","text"} record per line')
        .choices(['auto', 'text', 'html', 'markdown', 'jsonl'])
        .default('auto'),
    )
    .option('--include <glob>', 'in folders, read files matching this (repeatable; default *.txt *.md *.markdown *.html *.htm)', collect, [])
    .option('--exclude <glob>', 'in folders, skip files and folders matching this (repeatable)', collect, [])
    .option('-o, --out <dir>', 'write one file per article under this folder instead of stdout')
    .option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()} here)`, parseJobs)
    .option('--shard <K/N>', 'process only the K-th of N deterministic shards of the inputs', parseShard)
    .option('--max-bytes <n>', 'skip files (and JSONL records) larger than this', parseBytes, 10 * 1024 * 1024)
    .option('--lexicon <file>', 'extra names, aliases and types (YAML; see README)')
    .option('--color', 'colour the pretty view (default: when stdout is a terminal; NO_COLOR and FORCE_COLOR are respected)')
    .option('--no-color', 'never colour')
    .option('--explain', 'pretty view: show the rule id beside each item', false)
    .option('-q, --quiet', 'no progress bar and no summary (errors are still printed)', false)
    .option('--summary', 'print the one-line summary even when stderr is not a terminal', false)
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
      format: o.format ?? null,
      compact: Boolean(o.compact),
      referenceDate: o.referenceDate ?? null,
      maxBytes: o.maxBytes,
      lexicon: o.lexicon ?? null,
      inputFormat: o.inputFormat,
      include: o.include,
      exclude: o.exclude,
      out: o.out ?? null,
      jobs: o.jobs ?? availableParallelism(),
      shard: o.shard ?? null,
      color: typeof o.color === 'boolean' ? o.color : null,
      explain: Boolean(o.explain),
      quiet: Boolean(o.quiet),
      summary: Boolean(o.summary),
    },
  };
}

// The command line: the only place that prints. stdout is data, stderr is diagnostics.

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { listInputs, shardInputs } from '../batch/inputs.js';
import { OutDir } from '../batch/out-dir.js';
import { describeFsError } from '../batch/read-input.js';
import { runBatch } from '../batch/run.js';
import type { Settings } from '../batch/types.js';
import { compileGlobs } from '../batch/globs.js';
import { FORMATS, loadFormat, type IndexEntry } from '../output/index.js';
import { buildProgram, parseArgs, type CliOptions } from './program.js';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { oneLine, Reporter } from './reporter.js';
import { outDirSink, stdoutSink } from './sinks.js';
import { onStdoutError } from './stdout.js';
import { currentTerminal, defaultFormat, useColor, width } from './terminal.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}

function diagnose(path: string | null, message: string): void {
  process.stderr.write(`extract: ${path === null ? '' : `${oneLine(path)}: `}${oneLine(message)}\n`);
}

class Usage extends Error {}

/** Everything checked before any input is read: a bad option is exit 2 and nothing else happens. */
async function settingsFrom(options: CliOptions): Promise<Settings> {
  const terminal = currentTerminal();
  const format = options.format ?? defaultFormat(terminal, options.out, options.inputFormat);
  for (const glob of [...options.include, ...options.exclude]) {
    try {
      compileGlobs([glob]);
    } catch (error) {
      throw new Usage(`--include/--exclude '${glob}' is not a glob (${(error as Error).message})`);
    }
  }
  let lexicon;
  if (options.lexicon) {
    try {
      // the YAML parser is loaded only for a --lexicon file (~30 ms of start-up otherwise)
      const { parseUserLexicon } = await import('../lexicon/user.js');
      lexicon = parseUserLexicon(readFileSync(options.lexicon, 'utf8'));
    } catch (error) {
      throw new Usage(`${oneLine(options.lexicon)}: ${describeFsError(error)}`);
    }
  }
  return {
    inputFormat: options.inputFormat,
    referenceDate: options.referenceDate,
    maxBytes: options.maxBytes,
    lexicon: lexicon ?? { entities: [] },
    format,
    render: {
      compact: options.compact,
      color: useColor(options.color, terminal, options.out),
      explain: options.explain,
      width: width(terminal),
    },
    keepResult: options.out !== null && FORMATS[format]!.hasIndex,
  };
}

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`extract … | head -1`) is a normal end, not an error.
  onStdoutError((code, message) => {
    if (message) diagnose(null, message);
    process.exit(code);
  });
  // Last resort: whatever escapes is still one line, never a stack trace.
  process.on('uncaughtException', (error) => {
    diagnose(null, `internal error: ${(error?.message ?? String(error)).split('\n')[0]} (please report it)`);
    process.exit(EXIT_FAILED);
  });
  const program = buildProgram(version());
  let parsed;
  let settings: Settings;
  try {
    parsed = parseArgs(program, argv);
    settings = await settingsFrom(parsed.options);
  } catch (error) {
    if (error instanceof CommanderError) return EXIT_OK; // --help or --version, already printed
    diagnose(null, error instanceof Usage ? error.message : `${(error as Error).message} (see extract --help)`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  let paths = parsed.paths;
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      diagnose(null, 'no input: give a file or folder, or pipe text to stdin (see extract --help)');
      return EXIT_USAGE;
    }
    paths = ['-'];
  }
  const format = await loadFormat(settings.format);
  const reporter = new Reporter(process.stderr, Boolean(process.stderr.isTTY) && !options.quiet);
  let out: OutDir | null = null;
  if (options.out !== null) {
    try {
      out = new OutDir(options.out);
    } catch (error) {
      diagnose(options.out, (error as Error).message);
      return EXIT_FAILED;
    }
  }
  // Ctrl-C: nothing half-written stays behind (finished files are whole: they were renamed into place).
  process.once('SIGINT', () => {
    out?.removePartial();
    reporter.error(null, 'interrupted');
    process.exit(EXIT_INTERRUPTED);
  });
  const listOptions = {
    inputFormat: settings.inputFormat,
    include: options.include,
    exclude: options.exclude,
    maxBytes: options.maxBytes,
    stdin: process.stdin,
  };
  if (reporter.drawsProgress && !paths.includes('-') && settings.inputFormat !== 'jsonl') {
    // A second, cheap listing gives the bar its total and ETA; the batch does not wait for it.
    void countInputs(shardInputs(listInputs(paths, listOptions), options.shard)).then((n) => reporter.setTotal(n));
  }
  const index: IndexEntry[] | null = settings.keepResult ? [] : null;
  const sink = out ? outDirSink(out, format, reporter, index) : stdoutSink(format, reporter);
  await runBatch(shardInputs(listInputs(paths, listOptions), options.shard), settings, { jobs: options.jobs }, sink);
  if (out && index && format.renderIndex) {
    try {
      await out.write('index', 'html', format.renderIndex(index), 'index');
    } catch (error) {
      reporter.error(options.out, `cannot write index.html: ${(error as Error).message}`);
      reporter.tally.failed++;
    }
  }
  reporter.finish(!options.quiet && (options.summary || out !== null || Boolean(process.stderr.isTTY)));
  return reporter.tally.failed ? EXIT_FAILED : EXIT_OK;
}

async function countInputs(inputs: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of inputs) n++;
  return n;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    diagnose(null, `internal error: ${((error as Error)?.message ?? String(error)).split('\n')[0]} (please report it)`);
    process.exitCode = EXIT_FAILED;
  },
);

// npm run bench: end-to-end speed, memory and start-up of `extract`, against a baseline
// of compromise's full parse, in the same run, on a corpus built from fixtures/*.txt only.
//
//   npm run bench                  5 MB and 50 MB corpora (about a minute or two)
//   npm run bench -- --quick       5 MB only, smaller baseline sample
//   EXTRACT_MAIN=/tmp/x/dist/bundle/main.js npm run bench    a private build
//
// Wall times depend on what else the machine runs; CPU times (user + system, every
// thread) do not, so both are shown, with the load average at the start.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = process.env.EXTRACT_MAIN ?? join(ROOT, 'dist', 'bundle', 'main.js');
const HOOK = pathToFileURL(join(ROOT, 'scripts', 'bench-hook.js')).href;
const BASELINE = join(ROOT, 'scripts', 'bench-baseline.js');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const sizeArg = process.argv.indexOf('--size');
/** --size MB: the small corpus (default 5 MB, the floor); the large one is ten times it */
const SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 5;

/** A small deterministic PRNG (mulberry32): the same corpus on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of about 5 KB: a fixture's headline, then paragraphs drawn from all fixtures. */
function buildCorpus(dir, megabytes, seed) {
  const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
  const articles = fixtures.map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  const titles = articles.map((paragraphs) => paragraphs[0]);
  const paragraphs = articles.flatMap((p) => p.slice(1));
  const next = random(seed);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let count = 0;
  while (bytes < megabytes * 1e6) {
    const parts = [titles[Math.floor(next() * titles.length)]];
    let size = parts[0].length;
    while (size < 4500) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)];
      parts.push(p);
      size += p.length + 2;
    }
    const text = parts.join('\n\n') + '\n';
    // 100 files a folder, as a real archive would be split
    const folder = join(dir, String(Math.floor(count / 100)).padStart(3, '0'));
    if (count % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(count).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    count++;
  }
  return { dir, bytes, articles: count };
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.txt'))
    .map((f) => join(dir, String(f)))
    .sort();
}

/** Runs node with the usage hook; returns wall ms, CPU ms, peak RSS MB and stdout. `unset`: variables to leave out. */
function measure(args, usageFile, stdout = 'pipe', unset = []) {
  const env = { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' };
  for (const name of unset) delete env[name];
  const started = performance.now();
  const p = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', stdout, 'pipe'],
  });
  const wallMs = performance.now() - started;
  if (p.status !== 0) throw new Error(`node ${args.join(' ')} failed (${p.status}): ${p.stderr.slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wallMs, cpuMs: usage.cpuMs, rssMb: usage.maxRssKb / 1024, stdout: p.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The whole corpus, as a folder, to JSON Lines on /dev/null. */
function extractRun(corpus, jobs, usageFile) {
  const devNull = openSync('/dev/null', 'w');
  try {
    const r = measure([MAIN, corpus.dir, '--format', 'jsonl', '--jobs', String(jobs), '--quiet'], usageFile, devNull);
    return { ...r, bytes: corpus.bytes, articles: corpus.articles };
  } finally {
    closeSync(devNull);
  }
}

function row(name, r) {
  const mbs = (r.bytes / 1e6) / (r.wallMs / 1000);
  const cpuMbs = (r.bytes / 1e6) / (r.cpuMs / 1000);
  return {
    name,
    mb: (r.bytes / 1e6).toFixed(1),
    articles: r.articles,
    'MB/s': mbs.toFixed(2),
    'articles/s': (r.articles / (r.wallMs / 1000)).toFixed(0),
    'MB per CPU-s': cpuMbs.toFixed(2),
    'wall s': (r.wallMs / 1000).toFixed(2),
    'CPU s': (r.cpuMs / 1000).toFixed(2),
    'peak RSS MB': r.rssMb.toFixed(0),
  };
}

function printTable(rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`);
  for (const r of rows) console.log(line(columns.map((c) => r[c])));
}

const work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const usageFile = join(work, 'usage.json');
try {
  console.log(`extract benchmark: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}   binary: ${MAIN}\n`);
  const small = buildCorpus(join(work, 'corpus-small'), SIZE, 1);
  const rows = [];

  // Start-up: one ~5 KB article, the whole process, median of 7.
  const one = listFiles(small.dir)[0];
  const oneBytes = readFileSync(one).length;
  const startup = [];
  const bare = [];
  // Node reads every certificate of NODE_EXTRA_CA_CERTS at start-up, before any of extract runs
  // (some machines set it for their tools: 144 certificates, ~40 ms of CPU, on the one the
  // README's figures come from). extract makes no connection; the figure without it is shown too.
  const CA = 'NODE_EXTRA_CA_CERTS';
  const startupNoCa = [];
  const bareNoCa = [];
  for (let i = 0; i < 7; i++) {
    startup.push(measure([MAIN, one, '--format', 'json', '--jobs', '2'], usageFile));
    bare.push(measure(['-e', ''], usageFile));
    if (process.env[CA]) {
      startupNoCa.push(measure([MAIN, one, '--format', 'json', '--jobs', '2'], usageFile, 'pipe', [CA]));
      bareNoCa.push(measure(['-e', ''], usageFile, 'pipe', [CA]));
    }
  }

  const j1 = extractRun(small, 1, usageFile);
  rows.push(row('extract --jobs 1', j1));
  const j2 = extractRun(small, 2, usageFile);
  rows.push(row('extract --jobs 2', j2));
  let big = null;
  if (!quick) {
    big = buildCorpus(join(work, 'corpus-large'), SIZE * 10, 2);
    // V8 spends the first thousand or so articles compiling (several CPU-seconds per process,
    // per worker): the large corpus shows the steady rate, the small one includes the warm-up.
    rows.push(row(`extract --jobs 1 (${SIZE * 10} MB)`, extractRun(big, 1, usageFile)));
    rows.push(row(`extract --jobs 2 (${SIZE * 10} MB)`, extractRun(big, 2, usageFile)));
    rmSync(big.dir, { recursive: true, force: true });
  }

  // Baseline on a sample of the same corpus: at ~0.08 MB/s the whole 5 MB would take a minute.
  const sample = listFiles(small.dir).slice(0, quick ? 60 : 200);
  const base = measure([BASELINE, ...sample], usageFile);
  const baseInfo = JSON.parse(base.stdout);
  rows.push(row(`compromise (sample)`, { ...base, bytes: baseInfo.bytes, articles: baseInfo.articles }));
  const baseOne = [];
  for (let i = 0; i < 3; i++) baseOne.push(measure([BASELINE, one], usageFile));

  printTable(rows);
  const mbs = (r) => r.bytes / 1e6 / (r.wallMs / 1000);
  const cpuMbs = (r) => r.bytes / 1e6 / (r.cpuMs / 1000);
  const baseRate = { bytes: baseInfo.bytes, wallMs: base.wallMs, cpuMs: base.cpuMs };
  console.log('');
  console.log(`one article (${(oneBytes / 1024).toFixed(1)} KB), whole process: extract ${median(startup.map((s) => s.wallMs)).toFixed(0)} ms wall ` +
    `(${median(startup.map((s) => s.cpuMs)).toFixed(0)} ms CPU, ${median(startup.map((s) => s.rssMb)).toFixed(0)} MB RSS); ` +
    `node -e '' ${median(bare.map((s) => s.wallMs)).toFixed(0)} ms; compromise ${median(baseOne.map((s) => s.wallMs)).toFixed(0)} ms ` +
    `(import ${JSON.parse(baseOne[0].stdout).loadMs.toFixed(0)} ms)`);
  if (startupNoCa.length > 0) {
    console.log(`  the same without ${CA} (set here to ${process.env[CA]}): extract ${median(startupNoCa.map((s) => s.wallMs)).toFixed(0)} ms wall ` +
      `(${median(startupNoCa.map((s) => s.cpuMs)).toFixed(0)} ms CPU); node -e '' ${median(bareNoCa.map((s) => s.wallMs)).toFixed(0)} ms`);
  }
  console.log(`extract --jobs 1 vs compromise: ${(mbs(j1) / mbs(baseRate)).toFixed(1)}x wall, ${(cpuMbs(j1) / cpuMbs(baseRate)).toFixed(1)}x CPU`);
  console.log(`--jobs 2 vs --jobs 1: ${(j1.wallMs / j2.wallMs).toFixed(2)}x wall (CPU ${(j2.cpuMs / 1000).toFixed(1)} s vs ${(j1.cpuMs / 1000).toFixed(1)} s)`);
  if (big) {
    console.log(`--jobs 2 vs --jobs 1 at ${SIZE * 10} MB: ${(Number(rows[3]['MB/s']) / Number(rows[2]['MB/s'])).toFixed(2)}x wall`);
    console.log(`peak RSS, --jobs 2: ${j2.rssMb.toFixed(0)} MB at ${SIZE} MB, ${rows[3]['peak RSS MB']} MB at ${SIZE * 10} MB`);
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

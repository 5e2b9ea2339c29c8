// Loaded with `node --import` into a benchmarked process: on exit, writes the process's
// peak RSS and CPU time (worker threads included) to $BENCH_USAGE_FILE as JSON.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}

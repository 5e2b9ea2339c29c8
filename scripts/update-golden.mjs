#!/usr/bin/env node
// Regenerates the golden files in test/golden/ from the current code, then shows
// what changed. Review the diff like code before committing it: a golden file is an
// expectation, not a record of whatever the code printed.
//
//   node scripts/update-golden.mjs

import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });

const test = run('npx', ['vitest', 'run', 'test/output-golden.test.ts'], { ...process.env, UPDATE_GOLDEN: '1' });
if (test.status !== 0) {
  process.stderr.write('update-golden: the golden test failed while writing; see above\n');
  process.exit(test.status ?? 1);
}
run('git', ['status', '--short', '--', 'test/golden']);
run('git', ['diff', '--stat', '--', 'test/golden']);

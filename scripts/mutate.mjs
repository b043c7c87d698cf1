// `npm run mutate -- <folder…>`: mutation testing (StrykerJS, vitest runner, TypeScript checker) of one or more
// folders, one Stryker run each, reports in reports/mutation/<folder>/. Slow by design: not part of `npm test` or CI.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folders } from '../stryker.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const names = Object.keys(folders);
const args = process.argv.slice(2);
const wanted = args.filter((arg) => !arg.startsWith('-'));
const strykerArgs = args.filter((arg) => arg.startsWith('-'));

if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run mutate -- <${names.join('|')}|all>… [--force]
  kernel      src/main/kernel
  sync        src/renderer/src/sync
  contexts    src/main/contexts
  transports  src/main/transports
  all         the four, one after another (long: plan on an hour or more)
Without a folder it prints this. Runs are incremental (reports/mutation/<folder>/incremental.json);
--force retests every mutant; --ignoreStatic skips mutants in module-level code (each of those reloads
every test: about two thirds of a kernel run), for a quick pass between full runs. Reports: reports/mutation/<folder>/index.html and mutation.json.`);
  process.exit(0);
}
if (wanted.length === 0) {
  console.error(`npm run mutate: name a folder (${names.join(', ')}, or all); --help says more.`);
  process.exit(2);
}
const unknown = wanted.filter((name) => name !== 'all' && !names.includes(name));
if (unknown.length > 0) {
  console.error(`npm run mutate: unknown folder ${unknown.join(', ')}; use ${names.join(', ')} or all.`);
  process.exit(2);
}

// Run Stryker with this same Node (22, from the `node` devDependency), never the system one.
const stryker = join(dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
const run = wanted.includes('all') ? names : [...new Set(wanted)];
const summary = [];
for (const name of run) {
  const started = Date.now();
  console.log(`\n== mutate ${name} ==`);
  const result = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    // The reconciliation property test runs once per mutant it covers: fewer runs and a fixed seed keep that
    // affordable and make a mutant's fate the same on every run (incremental mode relies on it).
    env: { PROPERTY_RUNS: '40', PROPERTY_SEED: '1', ...process.env, SWITCHBOARD_MUTATE: name },
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  summary.push(`${name}: ${result.status === 0 ? 'done' : `failed (exit ${result.status ?? result.signal})`} in ${minutes} min, report reports/mutation/${name}/index.html`);
  if (result.status !== 0) break;
}
console.log(`\n${summary.join('\n')}`);
process.exit(summary.some((line) => line.includes('failed')) ? 1 : 0);

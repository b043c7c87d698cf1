// `npm run mutate -- <folder…>`: mutation testing (StrykerJS, vitest runner, TypeScript checker) of one or more
// folders or sub-folders, one Stryker run each, reports in reports/mutation/<folder>/. Slow by design: not part of
// `npm test` or CI. `--scores` sums the reports there.
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderOf, folders } from '../stryker.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const names = Object.keys(folders);
const args = process.argv.slice(2);
const wanted = args.filter((arg) => !arg.startsWith('-'));
const strykerArgs = args.filter((arg) => arg.startsWith('-'));

if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run mutate -- <${names.join('|')}|all>[/<sub-folder>]… [--force] [--ignoreStatic]
       npm run mutate -- --scores
  kernel      src/main/kernel
  sync        src/renderer/src/sync
  contexts    src/main/contexts
  transports  src/main/transports
  all         the four, one after another (long: plan on an hour or more)
  contexts/queue (any sub-folder) mutates that sub-folder only, against the whole folder's tests, with its own
              report and incremental file: a big folder (contexts takes hours) runs in chunks.
Without a folder it prints this. Runs are incremental (reports/mutation/<folder>/incremental.json);
--force retests every mutant; --ignoreStatic skips mutants in module-level code (each of those reloads
every test: about two thirds of a kernel run), for a quick pass between full runs. Reports: reports/mutation/<folder>/index.html and mutation.json.
--scores prints killed, timed out, survived, no coverage and the score of every report there, by sub-folder, and the
sum of each folder's sub-folder reports; score = (killed + timeout) / (killed + timeout + survived + no coverage).`);
  process.exit(0);
}
if (args.includes('--scores')) {
  printScores();
  process.exit(0);
}
if (wanted.length === 0) {
  console.error(`npm run mutate: name a folder (${names.join(', ')}, or all); --help says more.`);
  process.exit(2);
}
const unknown = wanted.filter((name) => name !== 'all' && !folderOf(name));
if (unknown.length > 0) {
  console.error(`npm run mutate: unknown folder ${unknown.join(', ')}; use ${names.join(', ')}, all, or a sub-folder of one.`);
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

/** Prints each report's counts by sub-folder, and per folder the sum of its sub-folder reports (`contexts/*`). */
function printScores() {
  const reports = globSync('reports/mutation/**/mutation.json', { cwd: root }).sort();
  if (reports.length === 0) console.log('No reports yet in reports/mutation/.');
  const sums = new Map();
  for (const file of reports) {
    const name = relative('reports/mutation', dirname(file));
    const base = folderOf(name)?.mutate[0].replace(/\/\*\*\/\*\.ts$/, '');
    const byPart = new Map();
    for (const [path, { mutants }] of Object.entries(JSON.parse(readFileSync(join(root, file), 'utf8')).files)) {
      const inner = base && path.startsWith(`${base}/`) ? relative(base, path) : path;
      const part = inner.includes('/') ? `${name}/${inner.split('/')[0]}` : `${name} (files at its top)`;
      for (const { status } of mutants) count(byPart, part, status);
    }
    const total = sumOf([...byPart.values()]);
    printLine(name, total);
    if (byPart.size > 1) for (const [part, counts] of [...byPart].sort()) printLine(`  ${part}`, counts);
    if (name.includes('/')) {
      const folder = name.split('/')[0];
      sums.set(folder, [...(sums.get(folder) ?? []), total]);
    }
  }
  for (const [folder, totals] of sums) printLine(`${folder}: sum of ${totals.length} sub-folder reports`, sumOf(totals));
}

function count(map, key, status) {
  const counts = map.get(key) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
  counts[status in counts ? status : 'other'] += 1;
  map.set(key, counts);
}

function sumOf(list) {
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
  for (const counts of list) for (const key of Object.keys(total)) total[key] += counts[key];
  return total;
}

function printLine(label, { Killed, Timeout, Survived, NoCoverage, other }) {
  const detected = Killed + Timeout;
  const valid = detected + Survived + NoCoverage;
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)} %`;
  console.log(
    `${label.padEnd(44)} ${String(valid).padStart(5)} valid: killed ${Killed}, timeout ${Timeout}, survived ${Survived}, no coverage ${NoCoverage}; score ${score} (${other} ignored or not compiling)`,
  );
}

/**
 * `npm run bench [-- --only <name>[,<name>]]`: runs the row families of bench/rows.ts, prints one table and writes
 * the same figures as JSON to bench/results/<timestamp>.json (git-ignored) so two runs can be compared.
 * Reported, never gated. BENCH_QUICK runs only the families marked quick.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Row } from './benchRow';
import { benchRows } from './rows';

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : undefined;
const unknown = [...(only ?? [])].filter((name) => !benchRows.some((r) => r.name === name));
if (unknown.length) {
  console.error(`unknown bench row ${unknown.join(', ')}; known: ${benchRows.map((r) => r.name).join(', ')}`);
  process.exit(2);
}
const selected = benchRows.filter((r) => (only ? only.has(r.name) : !process.env.BENCH_QUICK || r.quick));

const results: { name: string; rows: Row[] }[] = [];
for (const family of selected) {
  process.stderr.write(`bench: ${family.name}…\n`);
  // One family failing is reported in its place; the others' figures still print and save.
  const rows = await Promise.resolve()
    .then(() => family.run())
    .catch((error: unknown): Row[] => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      return [{ measure: `${family.name}: FAILED`, switchboard: error instanceof Error ? error.message : String(error), target: '' }];
    });
  results.push({ name: family.name, rows });
  rows.forEach((r) => process.stderr.write(`  ${r.measure}: ${r.switchboard}${r.ratio ? ` (${r.ratio})` : ''}\n`));
}

const header = ['measure', 'switchboard', 'baseline', 'ratio', 'target'];
const cells = results.flatMap(({ rows }) => rows.map((r) => [r.measure, r.switchboard, r.baseline ?? '', r.ratio ?? '', r.target]));
const widths = header.map((_, i) => Math.max(...[header, ...cells].map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
cells.forEach((r) => console.log(line(r)));
console.log(`\nnode ${process.version}, ${cpus().length} cores, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB RSS at end`);

const dir = join(process.cwd(), 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, cores: cpus().length, results }, null, 2));
console.log(`results: ${file}`);
process.exit(0);

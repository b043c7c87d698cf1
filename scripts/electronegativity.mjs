// CI's electronegativity gate: scans src/ (main, preload and the renderer's page, so the global checks see the CSP
// and the navigation guards together) and fails on any HIGH or MEDIUM finding that .electronegativity.json doesn't
// explain, on a file it couldn't parse, and on an explanation that no longer matches a finding.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './ensureBuilt.mjs';
import { electronDir } from './findElectron.mjs';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity'); // CommonJS; its module.exports is the runner
const config = JSON.parse(readFileSync(join(root, '.electronegativity.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const gated = new Set(['HIGH', 'MEDIUM']);

// The runner prints progress and network chatter (translations, release list) through console.log; findings are
// what this script reports, so hold the chatter and show it only if the run itself fails.
const chatter = [];
const log = console.log;
console.log = (...args) => chatter.push(args.join(' '));
let result;
try {
  result = await run({
    input: join(root, config.input),
    isRelative: true,
    customScan: [],
    excludeFromScan: Object.keys(config.excludeChecks).map((name) => name.toLowerCase()),
    parserPlugins: [],
    electronVersionOverride: electronVersion, // src/ has no package.json to read it from
  });
} catch (error) {
  console.log = log;
  console.error(chatter.join('\n'));
  throw error;
}
console.log = log;

const say = (line) => console.log(`electronegativity: ${line}`);
let failures = 0;
for (const error of result.errors.filter((e) => !e.tolerable)) {
  failures++;
  say(`could not parse ${error.file}: ${error.message}`);
}
const used = new Set();
let below = 0;
for (const issue of result.issues) {
  if (!gated.has(issue.severity.name)) {
    below++;
    continue;
  }
  const where = `${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line}`;
  const accepted = config.accepted.find((a) => a.check === issue.id && a.file === issue.file);
  if (accepted) {
    used.add(accepted);
    say(`${where} accepted: ${accepted.reason}`);
  } else {
    failures++;
    say(`${where} NOT EXPLAINED: ${issue.description} (${issue.shortenedURL})`);
  }
}
for (const stale of config.accepted.filter((a) => !used.has(a))) {
  failures++;
  say(`stale explanation in .electronegativity.json (no ${stale.check} in ${stale.file} any more); remove it`);
}
say(`${result.issues.length - below} high/medium (${failures} failing), ${below} low/informational, electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks over ${config.input}/`);
process.exit(failures > 0 ? 1 : 0);

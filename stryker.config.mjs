// StrykerJS configuration for `npm run mutate -- <folder>` (scripts/mutate.mjs sets SWITCHBOARD_MUTATE).
// One folder per run, so each folder gets its own report, incremental file and the tsconfig its code compiles under.
import { existsSync, globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folders `npm run mutate` knows: what it mutates, the tests that may kill its mutants, its tsconfig. */
export const folders = {
  kernel: {
    mutate: ['src/main/kernel/**/*.ts'],
    // With the kernel's own integration suites (commit flush, checkpointer) and the reconciliation property test,
    // which drives the real sync server through every interleaving it generates.
    tests: [
      'test/unit/kernel/**/*.test.ts',
      'test/unit/contexts/**/*.test.ts',
      'test/integration/*.test.ts',
      'test/integration/kernel/*.test.ts',
      'test/integration/hardening/*.test.ts',
      'test/unit/renderer/sync/reconciliation.property.test.ts',
    ],
    tsconfig: 'tsconfig.node.json',
  },
  sync: {
    mutate: ['src/renderer/src/sync/**/*.ts'],
    // The sync layer's own tests, the stores over it and the reconciliation property test (which drives the real
    // kernel). The integration suites cover it too, but at minutes per mutant: hours for the folder.
    tests: ['test/unit/renderer/sync/**/*.test.ts', 'test/unit/renderer/stores/**/*.test.ts', 'test/unit/renderer/features/connection/*.test.ts'],
    tsconfig: 'tsconfig.web.json',
  },
  table: {
    mutate: ['src/renderer/src/ui/table/**/*.{ts,tsx}'],
    // The shared table's own tests, and the views' that render it.
    tests: ['test/unit/renderer/ui/table/**/*.test.{ts,tsx}', 'test/unit/renderer/features/**/*.test.{ts,tsx}'],
    tsconfig: 'tsconfig.web.json',
  },
  contexts: {
    mutate: ['src/main/contexts/**/*.ts'],
    tests: [
      'test/unit/contexts/**/*.test.ts',
      'test/unit/kernel/**/*.test.ts',
      'test/integration/*.test.ts',
      'test/integration/{campaigns,cases,kernel,notifications,queue,workflows}/*.test.ts',
      'test/integration/hardening/*.test.ts',
    ],
    tsconfig: 'tsconfig.node.json',
  },
  transports: {
    mutate: ['src/main/transports/**/*.ts'],
    // The unit tests start what they test inside each test: Stryker's per-test coverage does not see code that
    // runs in a beforeAll (the integration suites' hosts), so only they can kill most mutants of a host's set-up.
    tests: ['test/unit/transports/**/*.test.ts', 'test/integration/*.test.ts', 'test/integration/hardening/*.test.ts'],
    tsconfig: 'tsconfig.node.json',
  },
};

// Tests left out of every run: the agent, crash, storage-fault and rescue-after-kill suites start real processes from
// the built app (out/), which carries no mutants; the outbox-memory suite streams megabytes for 20 s per run (the
// outbox's unit tests check the same caps). They can only slow a run down.
const neverRun = [
  'test/integration/agent/**',
  'test/integration/hardening/crash.test.ts',
  'test/integration/hardening/storageFaults.test.ts',
  'test/integration/hardening/outboxMemory.test.ts',
  'test/integration/queue/rescueAfterKill.test.ts',
];

/**
 * A folder, or one sub-folder of it (`contexts/queue`: its code, with the whole folder's tests and tsconfig), so a
 * big folder can be run in chunks; undefined for a name that is neither.
 */
export function folderOf(name) {
  const [base, ...rest] = name.split('/');
  const folder = Object.hasOwn(folders, base) ? folders[base] : undefined;
  if (!folder || rest.length === 0) return folder;
  const sub = `${folder.mutate[0].replace(/\/\*\*\/\*\.ts$/, '')}/${rest.join('/')}`;
  return existsSync(join(import.meta.dirname, sub)) ? { ...folder, mutate: [`${sub}/**/*.ts`] } : undefined;
}

const name = process.env.SWITCHBOARD_MUTATE ?? 'kernel';
const folder = folderOf(name);
if (!folder) throw new Error(`Unknown mutation folder "${name}"; use one of ${Object.keys(folders).join(', ')}, or a sub-folder of one.`);
const reportDir = `reports/mutation/${name}`;

export default {
  mutate: folder.mutate,
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.mjs', related: true, pool: 'forks' },
  // Stryker's testFiles has no negation, so the globs are expanded here.
  testFiles: globSync(folder.tests, { exclude: neverRun }).sort(),
  checkers: ['typescript'],
  tsconfigFile: folder.tsconfig,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work: one test runner, one checker.
  concurrency: 1,
  timeoutMS: 5_000,
  dryRunTimeoutMinutes: 10,
  incremental: true,
  incrementalFile: `${reportDir}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The sandbox lives outside the checkout: `eslint .` and the other tools would otherwise see its instrumented copies.
  tempDirName: join(tmpdir(), 'switchboard-stryker'),
  ignorePatterns: ['out', 'dist', 'test-results', 'playwright-report', '.data', 'data', '.bench', 'test/e2e', 'bench'],
  cleanTempDir: 'always',
};

/**
 * A kernel on `:memory:` SQLite with every context and the demo organizations
 * (acme: alice, bob; globex: carol) — the smallest real core a test can drive.
 */
import { apiActor } from '../../src/main/kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../../src/main/kernel/createKernel';
import { createContexts } from '../../src/main/app/createContexts';
import type { Accounts } from '../../src/main/contexts/accounts';
import type { AgentsContext } from '../../src/main/contexts/agents';
import type { JobsContext } from '../../src/main/contexts/jobs';
import type { PresenceContext } from '../../src/main/contexts/presence';

export interface TestCore {
  kernel: Kernel;
  accounts: Accounts;
  agents: AgentsContext;
  presence: PresenceContext;
  jobs: JobsContext;
  acme: ReturnType<typeof apiActor>;
  globex: ReturnType<typeof apiActor>;
  dispose(): void;
}

export function createTestCore(options: Omit<KernelOptions, 'file'> = {}): TestCore {
  const kernel = createKernel({ ...options, file: ':memory:' });
  const contexts = createContexts(kernel);
  contexts.accounts.seedDemo();
  return { kernel, ...contexts, acme: apiActor('acme'), globex: apiActor('globex'), dispose: () => contexts.dispose() };
}

/**
 * A kernel on `:memory:` SQLite with the accounts and agents contexts and the demo organizations
 * (acme: alice, bob; globex: carol) — the smallest real core a test can drive.
 */
import { apiActor } from '../../src/main/kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../../src/main/kernel/createKernel';
import { createAccounts, type Accounts } from '../../src/main/contexts/accounts';
import { createAgentsContext, type AgentsContext } from '../../src/main/contexts/agents';
import { createPresenceContext, type PresenceContext } from '../../src/main/contexts/presence';
import { createJobsContext, type JobsContext } from '../../src/main/contexts/jobs';

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
  const accounts = createAccounts(kernel);
  const agents = createAgentsContext(kernel);
  const presence = createPresenceContext(kernel, kernel.sync);
  const jobs = createJobsContext(kernel, agents);
  accounts.seedDemo();
  return {
    kernel,
    accounts,
    agents,
    presence,
    jobs,
    acme: apiActor('acme'),
    globex: apiActor('globex'),
    dispose() {
      kernel.sync.dispose();
      presence.dispose();
      jobs.dispose();
      agents.dispose();
      accounts.dispose();
      kernel.dispose();
    },
  };
}

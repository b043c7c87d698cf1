/**
 * A kernel on `:memory:` SQLite with the accounts and agents contexts and the demo organizations
 * (acme: alice, bob; globex: carol) — the smallest real core a test can drive.
 */
import { apiActor } from '../../src/main/kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../../src/main/kernel/createKernel';
import { createAccounts, type Accounts } from '../../src/main/contexts/accounts';
import { createAgentsContext, type AgentsContext } from '../../src/main/contexts/agents';
import { createPresenceContext, type PresenceContext } from '../../src/main/contexts/presence';

export interface TestCore {
  kernel: Kernel;
  accounts: Accounts;
  agents: AgentsContext;
  presence: PresenceContext;
  acme: ReturnType<typeof apiActor>;
  globex: ReturnType<typeof apiActor>;
  dispose(): void;
}

export function createTestCore(options: Omit<KernelOptions, 'file'> = {}): TestCore {
  const kernel = createKernel({ ...options, file: ':memory:' });
  const accounts = createAccounts(kernel);
  const agents = createAgentsContext(kernel);
  const presence = createPresenceContext(kernel, kernel.sync);
  accounts.seedDemo();
  return {
    kernel,
    accounts,
    agents,
    presence,
    acme: apiActor('acme'),
    globex: apiActor('globex'),
    dispose() {
      kernel.sync.dispose();
      presence.dispose();
      agents.dispose();
      accounts.dispose();
      kernel.dispose();
    },
  };
}

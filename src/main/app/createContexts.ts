/**
 * Plugs every context into a kernel, in dependency order, and takes them out again in reverse (window connections
 * first, so presence records their leaving while the database is still open). Used by the app and by tests.
 */
import type { Kernel } from '../kernel/createKernel';
import { createAccounts, type Accounts } from '../contexts/accounts';
import { createAgentsContext, type AgentsContext } from '../contexts/agents';
import { createJobsContext, type JobsContext } from '../contexts/jobs';
import { createPresenceContext, type PresenceContext } from '../contexts/presence';

/** Every context of a running core. */
export interface Contexts {
  readonly accounts: Accounts;
  readonly agents: AgentsContext;
  readonly presence: PresenceContext;
  readonly jobs: JobsContext;
  /** Disposes the contexts and then the kernel. */
  dispose(): void;
}

export function createContexts(kernel: Kernel): Contexts {
  const accounts = createAccounts(kernel);
  const agents = createAgentsContext(kernel);
  const presence = createPresenceContext(kernel, kernel.sync);
  const jobs = createJobsContext(kernel, agents);
  return {
    accounts,
    agents,
    presence,
    jobs,
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

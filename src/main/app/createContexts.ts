/**
 * The composition list: every context plugged into a kernel, in dependency order, each handed the ports it needs
 * of the others. Disposing takes them out in reverse (window connections first, the kernel last). Used by the app
 * and by the test core, so both run exactly this wiring. A new context is one `compose.add` line here.
 */
import type { Kernel } from '../kernel/createKernel';
import { composeContexts } from '../kernel/context/composeContexts';
import { createAccounts } from '../contexts/accounts';
import { createAgentsContext } from '../contexts/agents';
import { createJobsContext } from '../contexts/jobs';
import { createPresenceContext } from '../contexts/presence';

export function createContexts(kernel: Kernel) {
  const compose = composeContexts(kernel);
  const accounts = compose.add('accounts', createAccounts);
  const agents = compose.add('agents', createAgentsContext);
  const presence = compose.add('presence', (kit) => createPresenceContext(kit, kernel.sync));
  const jobs = compose.add('jobs', (kit) => createJobsContext(kit, agents));
  compose.seal();
  return { accounts, agents, presence, jobs, dispose: compose.dispose };
}

/** Every context of a running core, and one `dispose` for all of them and the kernel. */
export type Contexts = ReturnType<typeof createContexts>;

/**
 * The composition list: every context plugged into a kernel, in dependency order, each handed the ports it needs
 * of the others. Disposing takes them out in reverse (window connections first, the kernel last). Used by the app
 * and by the test core, so both run exactly this wiring. A new context is one `compose.add` line here.
 */
import packageJson from '../../../package.json';
import type { Kernel } from '../kernel/createKernel';
import { composeContexts } from '../kernel/context/composeContexts';
import type { About } from '../../shared/contract';
import { createAboutContext } from '../contexts/about';
import { createAccounts } from '../contexts/accounts';
import { createAgentsContext } from '../contexts/agents';
import { createCampaignsContext, type CampaignsSettings } from '../contexts/campaigns';
import { createCasesContext, type CasesSettings } from '../contexts/cases';
import { createJobsContext } from '../contexts/jobs';
import { createMetricsContext } from '../contexts/metrics';
import { createNotificationsContext } from '../contexts/notifications';
import { createPresenceContext } from '../contexts/presence';
import { createQueueContext, type QueueSettings } from '../contexts/queue';
import { createWorkflowsContext } from '../contexts/workflows';

export const appVersion: string = packageJson.version;

/** What only the composition root knows about the running app (the About panel). */
export type AppFacts = Omit<About, 'apiUrl'>;

/** Build-farm timings; tests shorten them. */
export interface BuildFarmSettings {
  /** Silence after which an agent is lost (default 30 s). */
  lostAfterMs?: number;
  /** Silence after which a lost agent's run is failed (default 10 min). */
  reclaimAfterMs?: number;
}

export function createContexts(
  kernel: Kernel,
  facts: AppFacts = { version: appVersion, dataDir: ':memory:', shell: 'headless' },
  buildFarm: BuildFarmSettings = {},
  work: QueueSettings = {},
  cases: CasesSettings = {},
  campaignSettings: CampaignsSettings = {},
) {
  const compose = composeContexts(kernel);
  const about = compose.add('about', (kit) => createAboutContext(kit, facts));
  const accounts = compose.add('accounts', createAccounts);
  const agents = compose.add('agents', (kit) => createAgentsContext(kit, buildFarm));
  const presence = compose.add('presence', (kit) => createPresenceContext(kit, kernel.sync));
  const jobs = compose.add('jobs', (kit) => createJobsContext(kit, agents, buildFarm));
  const queue = compose.add('queue', (kit) => createQueueContext(kit, work));
  const workflows = compose.add('workflows', (kit) => createWorkflowsContext(kit, queue, jobs)); // jobs is workflows' BuildFarm
  const casesContext = compose.add('cases', (kit) => createCasesContext(kit, queue, cases));
  const notifications = compose.add('notifications', (kit) => createNotificationsContext(kit, accounts));
  const campaigns = compose.add('campaigns', (kit) => createCampaignsContext(kit, queue, notifications, campaignSettings));
  compose.add('metrics', (kit) =>
    createMetricsContext(
      kit,
      {
        p99: () => {
          const { latencyMs, eventsPerSecond } = kernel.stats.snapshot([]);
          return latencyMs.samples > 0 && eventsPerSecond > 0 ? latencyMs.p99 : null;
        },
        orgsWithWindows: () => [...new Set(kernel.sync.connections().flatMap((c) => (c.session ? [c.session.orgId] : [])))],
      },
      notifications,
      accounts,
    ),
  );
  compose.seal();
  return { about, accounts, agents, presence, jobs, queue, workflows, cases: casesContext, notifications, campaigns, dispose: compose.dispose };
}

/** Every context of a running core, and one `dispose` for all of them and the kernel. */
export type Contexts = ReturnType<typeof createContexts>;

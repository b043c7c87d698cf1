/**
 * A kernel on `:memory:` SQLite with every context, composed exactly as the app composes them, and the demo
 * organizations (acme: alice, bob; globex: carol) — the smallest real core a test can drive.
 */
import { apiActor, userActor, type Actor } from '../../src/main/kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../../src/main/kernel/createKernel';
import { appVersion, createContexts, type BuildFarmSettings, type Contexts } from '../../src/main/app/createContexts';
import type { QueueSettings } from '../../src/main/contexts/queue';
import type { CasesSettings } from '../../src/main/contexts/cases';
import type { CampaignsSettings } from '../../src/main/contexts/campaigns';

export type TestCore = Contexts & {
  kernel: Kernel;
  acme: Actor;
  globex: Actor;
  /** A demo user (`alice`, `bob`, `carol`) as the actor of a command or view. */
  user(name: string): Actor;
  /** Runs a command through the registry (validated and authorized as over IPC or REST). */
  run<T>(name: string, input: unknown, actor: Actor): Promise<T>;
  /** Loads a view's data through the registry. */
  load<T>(name: string, params: unknown, actor: Actor): T;
};

export function createTestCore(options: Omit<KernelOptions, 'file'> & { buildFarm?: BuildFarmSettings; work?: QueueSettings; cases?: CasesSettings; campaigns?: CampaignsSettings } = {}): TestCore {
  const { buildFarm, work, cases, campaigns, ...kernelOptions } = options;
  const kernel = createKernel({ ...kernelOptions, file: ':memory:' });
  const contexts = createContexts(kernel, { version: appVersion, dataDir: ':memory:', shell: 'headless' }, buildFarm, work, cases, campaigns);
  contexts.accounts.seedDemo();
  contexts.campaigns.seedDemo();
  return {
    kernel,
    ...contexts,
    acme: apiActor('acme'),
    globex: apiActor('globex'),
    user: (name) => userActor(contexts.accounts.resolveUser(name)),
    run: (name, input, actor) => kernel.registry.run(name, input, { actor }) as Promise<never>,
    load: (name, params, actor) => kernel.registry.load(name, params, actor).data as never,
  };
}

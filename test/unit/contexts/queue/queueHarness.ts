/**
 * A bare kernel (`:memory:`) with the two demo organizations and queue contexts started on it, for the queue's unit
 * tests: no other context defines workers or enqueues, so what a test sees is what it did.
 */
import type { LogEvent, QueueJob } from '../../../../src/shared/contract';
import { accountsMigrations } from '../../../../src/main/contexts/accounts/migrations';
import { createQueueContext, type QueueContext, type QueueSettings } from '../../../../src/main/contexts/queue';
import { userActor, type Actor } from '../../../../src/main/kernel/actor';
import { createContextKit, type OwnedKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel, type Kernel } from '../../../../src/main/kernel/createKernel';

export const by = { kind: 'system', id: 'test' } as const;
export const alice = userActor({ userId: 'alice', userName: 'Alice', orgId: 'acme', orgName: 'Acme' });
export const carol = userActor({ userId: 'carol', userName: 'Carol', orgId: 'globex', orgName: 'Globex' });

export interface QueueHarness {
  kernel: Kernel;
  /** Starts a queue context (again, after `stop`, as a restarted host does). */
  start(settings?: QueueSettings): QueueContext;
  /** Disposes the running queue context, as a host that stops. */
  stop(): void;
  run<T>(name: string, input: unknown, actor?: Actor): Promise<T>;
  load<T>(name: string, params: unknown, actor?: Actor): T;
  /** Every committed event on acme's queue topic, in order. */
  events(type?: string): LogEvent[];
  /** `queue_job_changed` payloads on acme's topic. */
  changes(): { job: QueueJob; from: string | null }[];
  dispose(): void;
}

export function queueHarness(): QueueHarness {
  const kernel = createKernel({ file: ':memory:' });
  kernel.migrate(accountsMigrations);
  const addOrg = kernel.db.prepare("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z')");
  addOrg.run('acme', 'Acme');
  addOrg.run('globex', 'Globex');
  let owned: OwnedKit | undefined;
  const events = (type?: string) => kernel.log.readSince(['queue:updates:acme'], 0).filter((e) => type === undefined || e.type === type);
  const stop = () => {
    owned?.store.dispose();
    owned = undefined;
  };
  return {
    kernel,
    start(settings) {
      owned = createContextKit(kernel, 'queue');
      return createQueueContext(owned.kit, settings);
    },
    stop,
    run: (name, input, actor = alice) => kernel.registry.run(name, input, { actor }) as Promise<never>,
    load: (name, params, actor = alice) => kernel.registry.load(name, params, actor).data as never,
    events,
    changes: () => events('queue_job_changed').map((e) => e.payload as { job: QueueJob; from: string | null }),
    dispose() {
      stop();
      kernel.dispose();
    },
  };
}

/** queueStore: the queue replica, and scheduling that toasts on success and hands errors back to the form. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from '../../../../../src/shared/contract';
import { queueStore } from '../../../../../src/renderer/src/features/jobs/queueStore';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { RELEASE_GRACE_MS } from '../../../../../src/renderer/src/stores/createReplicaStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';

const job = { id: 7, orgId: 'acme', name: 'unit-tests', command: 'npm test', status: 'scheduled', createdAt: '2025-01-01T00:00:00.000Z', runId: null, agentUuid: null };

describe('queueStore', () => {
  let fake: FakeClient;
  let stores: Stores;
  let stop: () => void;
  const store = () => stores.get(queueStore);
  const toasts = () => stores.get(toastsStore);

  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, queueStore]);
    stop = store().subscribe(() => {});
    fake.replicas[0]!.loaded(10, { pendingCount: 1 });
  });
  afterEach(() => {
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('schedules, waits for the count to catch up, then toasts "Scheduled <name>" linking to the job', async () => {
    expect(store().getState().data?.pendingCount).toBe(1);
    const done = store().getState().trySchedule({ name: 'unit-tests', command: 'npm test' });
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['jobs.schedule', { name: 'unit-tests', command: 'npm test' }]]);
    fake.commands[0]!.resolve(job, 11);
    await Promise.resolve();
    expect(toasts().getState().toasts).toEqual([]);
    fake.reachSeq(11);
    await expect(done).resolves.toMatchObject({ ok: true, value: { name: 'unit-tests' } });
    expect(toasts().getState().toasts.map((t) => [t.kind, t.message, t.link])).toEqual([['info', 'Scheduled unit-tests', { href: '#/builds/7', label: 'Show #7' }]]);
    vi.advanceTimersByTime(4000);
  });

  it('hands an INVALID_INPUT back with its field messages and toasts nothing', async () => {
    const done = store().getState().trySchedule({ name: 'x', command: 'y' });
    fake.commands[0]!.reject(new InvalidInputError('Invalid input', { fields: { command: 'command is required' } }));
    const result = await done;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.details).toEqual({ fields: { command: 'command is required' } });
    expect(toasts().getState().toasts).toEqual([]);
  });
});

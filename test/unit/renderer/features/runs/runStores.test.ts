/**
 * The runs stores over the fake client: a run's console store reads the snapshot and later appends through one
 * shape, and a store family makes one store per key and forgets it a grace period after its last listener.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { agentRunsStore } from '../../../../../src/renderer/src/features/runs/agentRunsStore';
import { runConsoleStore } from '../../../../../src/renderer/src/features/runs/runConsoleStore';
import { buildStores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { run } from './runFixtures';

describe('runs stores', () => {
  let fake: FakeClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
  });
  afterEach(() => {
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('the run console state is one stable RunConsole for the snapshot and a new one after an append', () => {
    const stores = buildStores(fake.client, [runConsoleStore], { graceMs: 0 });
    const store = stores.get(runConsoleStore).get(1);
    const stop = store.subscribe(() => {});
    expect(store.getState().data).toBeUndefined();
    fake.replicas[0]!.loaded(5, { run: run(1), console: 'a\nb' });
    const first = store.getState().data;
    expect(first?.console.lineCount).toBe(2);
    expect(store.getState().data).toBe(first);
    fake.replicas[0]!.receive([{ seq: 6, topic: 'agent_job_run_console:1', type: 'console_append', payload: { offset: 3, text: 'c\n' } }]);
    const next = store.getState().data;
    expect(next).not.toBe(first);
    expect(next?.console.line(1)).toBe('bc');
    stop();
    vi.advanceTimersByTime(0);
    stores.dispose();
  });

  it('makes one store per key, shares it, and forgets it a grace period after the last listener', () => {
    const stores = buildStores(fake.client, [agentRunsStore], { graceMs: 1000 });
    const family = stores.get(agentRunsStore);
    const a = family.get('a');
    expect(family.get('a')).toBe(a);
    const stop = a.subscribe(() => {});
    expect(fake.watchCount).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(family.keys()).toEqual(['a']);
    stop();
    vi.advanceTimersByTime(999);
    expect(family.keys()).toEqual(['a']);
    expect(fake.openSubscriptions()).toBe(1); // a route flip back within the grace period keeps the replica
    vi.advanceTimersByTime(1);
    expect(family.keys()).toEqual([]);
    expect(family.get('a')).not.toBe(a);
    // A store nobody subscribes to is forgotten too.
    vi.advanceTimersByTime(1000);
    expect(family.keys()).toEqual([]);
    stores.dispose();
  });

  it('disposing the window disposes every member at once, listeners or not', () => {
    const stores = buildStores(fake.client, [agentRunsStore, runConsoleStore]);
    const histories = stores.get(agentRunsStore);
    histories.get('a').subscribe(() => {});
    stores.get(runConsoleStore).get(7).subscribe(() => {});
    expect(fake.openSubscriptions()).toBe(2);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    expect(histories.keys()).toEqual([]);
  });
});

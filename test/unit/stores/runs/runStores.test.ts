/**
 * The runs stores over the fake client: a run's console store reads the snapshot and later appends through one
 * shape, and the store family makes one store per key and forgets it a grace period after its last listener.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAgentRunsStore } from '../../../../src/renderer/src/stores/runs/agentRunsStore';
import { createStoreFamily } from '../../../../src/renderer/src/stores/runs/createStoreFamily';
import { createRunConsoleStore } from '../../../../src/renderer/src/stores/runs/runConsoleStore';
import { createFakeClient, type FakeClient } from '../createFakeClient';
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
    const store = createRunConsoleStore(fake.client, 1, { graceMs: 0 });
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
  });

  it('makes one store per key, shares it, and forgets it a grace period after the last listener', () => {
    const family = createStoreFamily((uuid) => createAgentRunsStore(fake.client, uuid, { graceMs: 0 }), 1000);
    const a = family.get('a');
    expect(family.get('a')).toBe(a);
    const stop = a.subscribe(() => {});
    expect(fake.watchCount).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(family.keys()).toEqual(['a']);
    stop();
    vi.advanceTimersByTime(999);
    expect(family.keys()).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(family.keys()).toEqual([]);
    expect(family.get('a')).not.toBe(a);
    // A store nobody subscribes to is forgotten too.
    vi.advanceTimersByTime(1000);
    expect(family.keys()).toEqual([]);
    family.dispose();
  });
});

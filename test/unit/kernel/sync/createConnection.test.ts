/**
 * One window's connection, frame by frame, against a real core: what a resume replays (and from where), which
 * events an organization-scoped topic lets through, credit and acks, pushes, errors, a change of user and the end.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { openWindow, type FakeWindow } from './connectionHarness';

const topic = 'agents:updates:acme';
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const deleted = (uuid: string) => ({ type: 'agent_deleted' as const, payload: { uuid } });

describe('connection', () => {
  let core: TestCore | undefined;
  afterEach(() => {
    core?.dispose();
    core = undefined;
  });

  function signedIn(user = 'bob'): FakeWindow {
    core ??= createTestCore();
    const w = openWindow(core);
    w.send({ kind: 'hello' });
    w.send({ kind: 'command', id: 1, name: 'session.signIn', input: { user } });
    return w;
  }
  const commit = (uuid: string) => core!.kernel.write(core!.acme.ref, (emit) => emit(topic, deleted(uuid)).seq);
  const replayed = (w: FakeWindow) => w.deltas().flatMap((d) => d.events.map((e) => (e.payload as { uuid: string }).uuid));

  it('says which window of batches it may leave unacknowledged', async () => {
    core = createTestCore({ limits: { window: 6, maxBatch: 100, maxQueued: 1000 } });
    const w = signedIn();
    expect(w.frames[0]).toMatchObject({ kind: 'welcome', window: 6 });
  });

  it('resumes each topic after its own cursor, from the lowest cursor of the topics asked', async () => {
    const w = signedIn();
    await tick();
    const a = commit('a');
    const b = commit('b');
    const job = core!.kernel.write(core!.acme.ref, (emit) => emit('jobs:updates:acme', { type: 'job_deleted', payload: { id: 1 } } as never).seq);
    const c = commit('c');
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic, since: a }, { topic: 'jobs:updates:acme', since: job }] });
    expect(w.answer(2)).toMatchObject({ kind: 'result', value: { resync: [] } });
    await tick();
    // Neither `a` nor the job event again (the window has them), and `b` although the other topic's cursor is past it.
    expect(w.deltas().flatMap((d) => d.events.map((e) => e.seq))).toEqual([b, c]);
  });

  it('replays nothing for a cursor at head, and asks for a resync for one past head or behind the pruned log', async () => {
    const w = signedIn();
    await tick();
    commit('a');
    const head = commit('b');
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic, since: head }] });
    await tick();
    expect(w.answer(2)).toMatchObject({ value: { head, resync: [] } });
    expect(replayed(w)).toEqual([]);
    w.send({ kind: 'subscribe', id: 3, topics: [{ topic, since: head + 1 }] });
    expect(w.answer(3)).toMatchObject({ value: { resync: [topic] } });
    commit('c');
    core!.kernel.log.prune(1);
    const through = core!.kernel.log.prunedThrough();
    w.send({ kind: 'subscribe', id: 4, topics: [{ topic, since: through - 1 }] });
    expect(w.answer(4)).toMatchObject({ value: { resync: [topic] } });
    // Right at the pruned point every later event is still there: replay, no resync.
    w.send({ kind: 'subscribe', id: 5, topics: [{ topic, since: through }] });
    expect(w.answer(5)).toMatchObject({ value: { resync: [] } });
    expect(w.stats().resyncs).toBe(2);
  });

  it("delivers an organization-scoped topic's events of the window's organization only, live and on replay", async () => {
    const bob = signedIn('bob');
    const carol = openWindow(core!);
    carol.send({ kind: 'hello' });
    carol.send({ kind: 'command', id: 1, name: 'session.signIn', input: { user: 'carol' } });
    await tick();
    const emitCase = (org: string, id: number) =>
      core!.kernel.write(core!.acme.ref, (emit) => emit('case:created', { type: 'case_created', payload: { case: { id } as never } }, org).seq);
    const before = emitCase('acme', 1);
    emitCase('globex', 2);
    for (const w of [bob, carol]) w.send({ kind: 'subscribe', id: 2, topics: [{ topic: 'case:created', since: before - 1 }] });
    emitCase('acme', 3);
    emitCase('globex', 4);
    await tick();
    const ids = (w: FakeWindow) => w.deltas().flatMap((d) => d.events.map((e) => (e.payload as { case: { id: number } }).case.id));
    expect(ids(bob)).toEqual([1, 3]);
    expect(ids(carol)).toEqual([2, 4]);
  });

  it('stops at its window of unacknowledged batches, takes credit back from acks, and ignores a stale ack', async () => {
    core = createTestCore({ limits: { window: 2, maxBatch: 100, maxQueued: 1000 } });
    const w = signedIn();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    await tick();
    const before = w.deltas().length;
    const batchOf = () => w.deltas().at(-1)!.batch;
    w.send({ kind: 'ack', batch: batchOf() });
    ['a', 'b', 'c', 'd'].forEach(commit);
    await tick();
    expect(w.deltas().length - before).toBe(2);
    w.send({ kind: 'ack', batch: batchOf() });
    w.send({ kind: 'ack', batch: batchOf() - 1 }); // late and out of order: no credit taken back
    await tick();
    expect(replayed(w)).toEqual(['a', 'b', 'c', 'd']);
    expect(w.stats().inFlight).toBe(1);
  });

  it('forwards pushes on a followed topic until it is unsubscribed', async () => {
    const w = signedIn();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic: 'user:bob:notifications' }] });
    const push = () => core!.kernel.bus.push('user:bob:notifications', { type: 'notification_expired', payload: { ids: [1], unreadCount: 0 } });
    push();
    expect(w.frames.filter((f) => f.kind === 'push')).toHaveLength(1);
    w.send({ kind: 'unsubscribe', id: 3, topics: ['user:bob:notifications'] });
    push();
    expect(w.frames.filter((f) => f.kind === 'push')).toHaveLength(1);
  });

  it('tells a window where it stands after a command and a subscribe, with an empty batch up to head', async () => {
    const w = signedIn();
    await tick();
    const marks = () => w.deltas().filter((d) => d.events.length === 0).length;
    const after = marks();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    await tick();
    expect(marks()).toBe(after + 1);
    expect(w.deltas().at(-1)!.upTo).toBe(core!.kernel.log.head());
  });

  it('answers a failed request with an error frame carrying its id', async () => {
    const w = signedIn();
    w.send({ kind: 'snapshot', id: 7, view: 'nope.nothing', params: {} });
    expect(w.answer(7)).toMatchObject({ kind: 'error', id: 7, error: { code: 'PROTOCOL' } });
  });

  it('drops the subscriptions of a user when another signs in on the same window, and keeps them for the same user', async () => {
    const w = signedIn('bob');
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    w.send({ kind: 'command', id: 3, name: 'session.signIn', input: { user: 'bob' } });
    await tick();
    expect(core!.kernel.sync.connections()[0]!.topics).toEqual([topic]);
    w.send({ kind: 'command', id: 4, name: 'session.signIn', input: { user: 'alice' } });
    await tick();
    expect(core!.kernel.sync.connections()[0]!.topics).toEqual([]);
  });

  it('sends nothing once its transport closed, and closes once', async () => {
    const w = signedIn();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    w.close();
    expect(w.closed).toBe(true);
    expect(core!.kernel.sync.connections()).toEqual([]);
    const count = w.frames.length;
    commit('late');
    await tick();
    expect(w.frames.length).toBe(count);
  });
  it('sends nothing after it ended, not even the answer to a command still running', async () => {
    const w = signedIn();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    w.send({ kind: 'command', id: 3, name: 'session.signIn', input: { user: 'bob' } });
    w.dispose();
    commit('late');
    await tick();
    expect(w.answer(3)).toBeUndefined();
    expect(w.sentAfterClose).toBe(0);
  });

  it('ends once: a second dispose closes nothing and reports no second change', () => {
    const w = signedIn();
    const changes = vi.fn();
    const stop = core!.kernel.sync.onDidChangeConnections(changes);
    w.dispose();
    w.dispose();
    expect(w.closes).toBe(1);
    expect(changes).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks a window that fell behind to resync its topics, counts it, and sends again once it resubscribes', async () => {
    core = createTestCore({ limits: { window: 1, maxBatch: 1, maxQueued: 2 } });
    const w = signedIn();
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    await tick();
    // Never acked: the window holds one batch, the queue two events, the third overflows it.
    ['a', 'b', 'c', 'd'].forEach(commit);
    await tick();
    expect(w.frames.filter((f) => f.kind === 'resync')).toEqual([{ kind: 'resync', topics: [topic], reason: 'behind' }]);
    expect(w.stats()).toMatchObject({ resyncs: 1, dropping: true, queued: 0 });
    const since = core.kernel.log.head();
    w.send({ kind: 'subscribe', id: 3, topics: [{ topic, since }] });
    w.send({ kind: 'ack', batch: w.deltas().at(-1)!.batch });
    commit('e');
    await tick();
    expect(w.stats().dropping).toBe(false);
    expect(replayed(w)).toContain('e');
  });

  it('tells a window where it stands after a command, even one that wrote only to topics it does not follow', async () => {
    const w = signedIn();
    await tick();
    w.send({ kind: 'ack', batch: w.deltas().at(-1)?.batch ?? 0 });
    const before = w.deltas().length;
    w.send({ kind: 'command', id: 5, name: 'session.signIn', input: { user: 'bob' } });
    commit('elsewhere'); // the window follows no topic
    await tick();
    await tick();
    expect(w.deltas().length).toBeGreaterThan(before);
    expect(w.deltas().at(-1)).toMatchObject({ events: [], upTo: core!.kernel.log.head() });
  });

  it('logs an unexpected failure once and answers it as an internal error; a refused request is not logged', () => {
    const w = signedIn();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // A view name of its own: failures are logged once per kind and interval, across connections.
      w.send({ kind: 'snapshot', id: 7, view: 'nope.refused', params: {} });
      expect(w.answer(7)).toMatchObject({ kind: 'error', error: { code: 'PROTOCOL' } });
      expect(logged).not.toHaveBeenCalled();
      vi.spyOn(core!.kernel.registry, 'load').mockImplementation(() => {
        throw new TypeError('a bug');
      });
      w.send({ kind: 'snapshot', id: 8, view: 'agents.list', params: {} });
      expect(w.answer(8)).toMatchObject({ kind: 'error', id: 8, error: { code: 'INTERNAL' } });
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]![0])).toContain('unexpected failure');
    } finally {
      logged.mockRestore();
    }
  });
});

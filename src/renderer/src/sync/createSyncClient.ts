/**
 * The renderer's one link to the kernel, React-free: it signs the window in, runs commands, keeps view replicas
 * current (subscribe, snapshot, apply deltas in seq order), acknowledges batches, and after a reconnect resumes
 * every topic from where its replicas left off, re-snapshotting whatever the log can no longer replay.
 */
import {
  DisposedError,
  viewSpecs,
  type CommandOutput,
  type ServerFrame,
  type SubscribeResult,
  type SwitchboardError,
  type ViewName,
  type ViewParams,
} from '../../../shared/contract';
import { createAcks } from './createAcks';
import { clientStageProbe } from './clientStageProbe';
import { createReplica, type Replica, type ReplicaDriver } from './createReplica';
import type { ChannelState, FrameChannel } from './frameChannel';
import { createRequests } from './createRequests';
import { createReplicaHandle } from './createReplicaHandle';
import { createPrefetch, viewKey, type Snapshot, type ViewRequest } from './createPrefetch';
import { createSignIn } from './createSignIn';
import { createEventTap } from './createEventTap';
import { createPushTap, type PushListener } from './createPushTap';
import { createTopicRefs } from './createTopicRefs';
import { reducerId } from './reducerId';
import type { ClientState, SyncClient, ViewReducer } from './SyncClient';
import { validateEvents } from './validateEvents';

export type { ClientState, ClientStatus, SyncClient, ViewReducer } from './SyncClient';
export type { ViewRequest } from './createPrefetch';

export interface SyncClientOptions {
  /** Views to load as soon as the window is signed in, before any store watches them (a reload's warm start). */
  readonly prefetch?: readonly ViewRequest[];
}

interface Entry {
  readonly driver: ReplicaDriver<unknown>;
  readonly view: ViewName;
  readonly params: unknown;
  refs: number;
  /** Watched while the connection was not ready: not yet subscribed nor snapshotted. */
  pending: boolean;
  /** Counts loads: a prefetched snapshot still on its way is ignored once a later load (a resync) started. */
  loads: number;
}

export function createSyncClient(channel: FrameChannel, options: SyncClientOptions = {}): SyncClient {
  const requests = createRequests(channel);
  const prefetch = createPrefetch(options.prefetch ?? []);
  const replicas = new Map<string, Entry>();
  const topicRefs = createTopicRefs();
  const stateListeners = new Set<(state: ClientState) => void>();
  const waiters = new Set<{ seq: number; resolve: () => void; reject: (error: SwitchboardError) => void }>();
  let state: ClientState = { status: 'connecting', attempt: 0, session: null, seq: 0 };
  const signIn = createSignIn(requests, (session) => setState({ session }));
  const tap = createEventTap();
  const pushes = createPushTap();
  const acks = createAcks((batch) => channel.send({ kind: 'ack', batch }));
  let epoch: string | null = null;
  // The log's head when this connection was welcomed: at or before any snapshot asked for on it.
  let welcomeHead = 0;
  let resumeHead = Infinity;
  // True once this connection has (re)subscribed the replicas' topics; until then deltas say nothing about them.
  let resubscribed = false;
  let disposed = false;

  const setState = (next: Partial<ClientState>) => {
    state = { ...state, ...next };
    stateListeners.forEach((l) => l(state));
  };

  function load(entry: Entry) {
    entry.pending = false;
    entry.loads++;
    entry.driver.beginLoad();
    // Settled synchronously, so the snapshot lands before any delta behind it is handled.
    requests.call(
      { kind: 'snapshot', view: entry.view, params: entry.params },
      {
        resolve: ({ value }) => {
          const result = value as { seq: number; data: unknown };
          entry.driver.loaded(result.seq, result.data);
        },
        reject: (error) => {
          if (error.code !== 'DISPOSED') entry.driver.failed(error);
        },
      },
    );
  }

  /**
   * Gives every replica of one view and params (stores with different reducers share it) the snapshot prefetched
   * at seq S. Their topics are subscribed from the welcome's head, which is at or before S (the snapshot was asked
   * for after the welcome), so the log replays everything that committed since; the replicas buffer it while
   * loading and apply what is past S. They load once both the snapshot and the subscription's answer are in: a
   * delta's `upTo` speaks for their topics only after that answer.
   */
  function adopt(entries: readonly Entry[], snapshot: Promise<Snapshot>) {
    const loads = new Map<Entry, number>();
    for (const entry of entries) {
      entry.pending = false;
      loads.set(entry, ++entry.loads);
      entry.driver.beginLoad();
    }
    // Stores that let go meanwhile, or replicas a resync reloaded since, need nothing from it.
    const watched = () => entries.filter((entry) => replicas.get(entry.driver.key) === entry && entry.loads === loads.get(entry));
    const topics = [...new Set(entries.flatMap((e) => e.driver.topics))];
    let arrived: Snapshot | undefined;
    let subscribed = topics.length === 0;
    let refused = false;
    const land = () => {
      if (arrived && subscribed) for (const entry of watched()) entry.driver.loaded(arrived.seq, arrived.data);
    };
    if (!subscribed) {
      // Settled synchronously, so the replicas load before the replay right behind this answer.
      requests.call(
        { kind: 'subscribe', topics: topics.map((topic) => ({ topic, since: welcomeHead })) },
        {
          resolve: ({ value }) => {
            subscribed = true;
            const { resync } = value as SubscribeResult;
            if (resync.length > 0) reload(resync);
            land();
          },
          reject: (error) => {
            // A dropped connection reloads them on resume (they are still loading).
            if (error.code === 'DISPOSED') return;
            refused = true;
            watched().forEach((entry) => entry.driver.failed(error));
          },
        },
      );
    }
    snapshot.then(
      (result) => {
        arrived = result;
        land();
      },
      (error: SwitchboardError) => {
        // Refused or failed (not dropped): load the usual way; the topics are subscribed already. Not after main
        // refused the subscription: the replicas show that error, and a snapshot would make them look live unfollowed.
        if (error.code !== 'DISPOSED' && !refused) watched().forEach(load);
      },
    );
  }

  /** Subscribes and loads replicas watched while the connection was not ready. */
  function startPending() {
    const byView = new Map<string, Entry[]>();
    for (const entry of replicas.values()) {
      if (!entry.pending) continue;
      const key = viewKey(entry.view, entry.params);
      byView.set(key, [...(byView.get(key) ?? []), entry]);
    }
    const pending: Entry[] = [];
    for (const [key, entries] of byView) {
      const prefetched = prefetch.take(key);
      // A topic another replica already follows on this connection is flowing live: a replay of it would arrive
      // behind newer events. Such a view loads afresh instead.
      if (prefetched && !entries.some((e) => e.driver.topics.some(followed))) adopt(entries, prefetched);
      else pending.push(...entries);
    }
    const topics = [...new Set(pending.flatMap((e) => e.driver.topics))];
    if (topics.length > 0) void requests.request({ kind: 'subscribe', topics: topics.map((topic) => ({ topic })) }).catch(() => {});
    pending.forEach(load);
  }

  /** True when a replica already started (not pending) follows `topic`. */
  function followed(topic: string): boolean {
    for (const { pending, driver } of replicas.values()) if (!pending && driver.topics.includes(topic)) return true;
    return false;
  }

  /** Subscribes fresh (no replay) and re-snapshots every replica on `topics`. */
  function reload(topics: readonly string[]) {
    const affected = [...replicas.values()].filter((e) => e.driver.topics.some((t) => topics.includes(t)));
    const fresh = [...new Set(affected.flatMap((e) => e.driver.topics))];
    affected.forEach((e) => e.driver.beginLoad());
    if (fresh.length > 0) void requests.request({ kind: 'subscribe', topics: fresh.map((topic) => ({ topic })) }).catch(() => {});
    affected.forEach(load);
  }

  async function resume() {
    try {
      await signIn.renew();
    } catch (error) {
      // A refused user already reached the signIn() caller; the window stays connected, signed out.
      if ((error as SwitchboardError).code === 'DISPOSED') throw error;
    }
    if (state.session) prefetch.start(requests);
    const since = new Map<string, number>();
    // Replicas never subscribed yet (pending) are started below, with the snapshot this window may have prefetched.
    for (const { driver, pending } of replicas.values()) {
      if (pending) continue;
      for (const topic of driver.topics) {
        const cursor = driver.isLoading ? -1 : driver.getState().seq;
        since.set(topic, Math.min(since.get(topic) ?? Infinity, cursor));
      }
    }
    const toReload = [...since].filter(([, s]) => s < 0).map(([t]) => t);
    const replay = [...since].filter(([, s]) => s >= 0);
    const resubscribe = (head: number, resync: string[]) => {
      resumeHead = head;
      resubscribed = true;
      replicas.forEach((e) => e.driver.resubscribed());
      const reloadTopics = [...toReload, ...resync];
      if (reloadTopics.length > 0) reload(reloadTopics);
      startPending();
      if (state.seq >= resumeHead) goLive();
    };
    if (replay.length === 0) return resubscribe(0, []);
    // Settled synchronously: the replayed deltas right behind this answer must already count.
    requests.call(
      { kind: 'subscribe', topics: replay.map(([topic, s]) => ({ topic, since: s })) },
      {
        resolve: ({ value }) => {
          const result = value as SubscribeResult;
          resubscribe(result.head, result.resync);
        },
        reject: (error) => {
          if (error.code !== 'DISPOSED') console.error('switchboard: resubscribe failed', error);
        },
      },
    );
  }

  function goLive() {
    resumeHead = Infinity;
    replicas.forEach((e) => e.driver.markLive());
    setState({ status: 'live', attempt: 0 });
  }

  function onWelcome(frame: Extract<ServerFrame, { kind: 'welcome' }>) {
    const sameDatabase = epoch === null || epoch === frame.epoch;
    epoch = frame.epoch;
    welcomeHead = frame.head;
    acks.connected(frame.window);
    resubscribed = false;
    replicas.forEach((e) => e.driver.markStale());
    if (!sameDatabase) {
      // Another database: cursors mean nothing there. Start every replica from a fresh snapshot.
      replicas.forEach((e) => e.driver.beginLoad());
      setState({ seq: 0 });
    }
    resume().catch((error: SwitchboardError) => {
      // A dropped connection resumes on the next welcome.
      if (error.code !== 'DISPOSED') console.error('switchboard: resume failed', error);
    });
  }

  function onDelta(frame: Extract<ServerFrame, { kind: 'delta' }>) {
    tap.emit(frame.events);
    const events = validateEvents(frame.events, (topic) => reload([topic]));
    clientStageProbe.mark?.('validated');
    for (const { driver } of replicas.values()) {
      driver.receive(events);
      driver.advance(frame.upTo);
    }
    acks.applied(frame.batch);
    if (!resubscribed) return;
    if (frame.upTo > state.seq) setState({ seq: frame.upTo });
    // A Set may lose the entry at hand while it is walked; resolving only queues each waiter's continuation.
    for (const waiter of waiters) {
      if (waiter.seq <= frame.upTo) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
    if (frame.upTo >= resumeHead) goLive();
  }

  const stopFrames = channel.onFrame((frame) => {
    switch (frame.kind) {
      case 'welcome':
        return onWelcome(frame);
      case 'delta':
        return onDelta(frame);
      case 'resync':
        return reload(frame.topics);
      case 'push':
        return pushes.emit(frame);
      default:
        return requests.settle(frame);
    }
  });

  const stopState = channel.onState((channelState: ChannelState) => {
    if (channelState.status === 'open') return; // live once resumed, not merely connected
    acks.lost();
    prefetch.clear();
    requests.failAll(new DisposedError('Connection lost before Switchboard answered; the action may not have run'));
    resumeHead = Infinity;
    resubscribed = false;
    replicas.forEach((e) => e.driver.markStale());
    setState({ status: channelState.status, attempt: channelState.attempt });
  });

  return {
    getState: () => state,
    onEvents: tap.onEvents,
    // The tap checked each push against its topic's family, so the listener gets that topic's events.
    onPush: (topic, listener) => pushes.onPush(topic, listener as PushListener),
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    signIn(name) {
      if (disposed) return Promise.reject(new DisposedError());
      // Before the connection is up the resume flow signs in; until then the caller waits, it does not fail.
      return signIn.request(name, state.status === 'live');
    },
    async run(name, input) {
      if (disposed) throw new DisposedError();
      const { value, seq } = await requests.requestWithSeq({ kind: 'command', name, input });
      return { value: value as CommandOutput<typeof name>, seq: seq ?? 0 };
    },
    async invoke(name, input) {
      return (await this.run(name, input)).value;
    },
    watch<N extends ViewName, S>(view: N, params: ViewParams<N>, reducer: ViewReducer<N, S>): Replica<S> {
      if (disposed) throw new DisposedError();
      const key = `${viewKey(view, params)}#${reducerId(reducer)}`;
      const existing = replicas.get(key);
      if (existing) {
        existing.refs++;
        // Same view, params and reducer: the same state type.
        return createReplicaHandle(existing) as Replica<S>;
      }
      if (!state.session) throw new Error(`watch(${view}) before signIn: sign the window in first`);
      const spec = viewSpecs[view];
      const topics: readonly string[] = spec.topics(state.session, params);
      const driver = createReplica(key, topics, spec.data, reducer, () => {
        replicas.delete(key);
        const released = topicRefs.release(topics);
        if (released.length > 0 && channel.state.status === 'open') void requests.request({ kind: 'unsubscribe', topics: released }).catch(() => {});
      });
      const entry: Entry = { view, params, refs: 1, pending: true, loads: 0, driver };
      replicas.set(key, entry);
      topicRefs.add(topics);
      // Otherwise resume() subscribes and loads it once the connection is back.
      if (channel.state.status === 'open' && resubscribed) startPending();
      return createReplicaHandle(entry) as Replica<S>;
    },
    watching() {
      const views = new Map<string, ViewRequest>();
      for (const { view, params } of replicas.values()) views.set(viewKey(view, params), { view, params });
      return [...views.values()];
    },
    retryNow() {
      if (!disposed) channel.retryNow?.();
    },
    waitForSeq(seq) {
      if (disposed) return Promise.reject(new DisposedError());
      if (seq <= state.seq) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.add({ seq, resolve, reject }));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      stopFrames();
      stopState();
      acks.lost();
      requests.failAll(new DisposedError());
      signIn.dispose();
      prefetch.clear();
      waiters.forEach((w) => w.reject(new DisposedError()));
      waiters.clear();
      [...replicas.values()].forEach((e) => e.driver.dispose());
      // The client owns its channel: a disposed window leaves no socket or IPC listener behind.
      channel.dispose();
      replicas.clear();
      stateListeners.clear();
      tap.dispose();
      pushes.dispose();
      setState({ status: 'closed' });
    },
  };
}

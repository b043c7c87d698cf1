/**
 * The renderer's one link to the kernel, React-free: it signs the window in, runs commands, keeps view replicas
 * current (subscribe, snapshot, apply deltas in seq order), acknowledges batches, and after a reconnect resumes
 * every topic from where its replicas left off, re-snapshotting whatever the log can no longer replay.
 */
import {
  DisposedError,
  viewSpecs,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type ServerFrame,
  type Session,
  type SubscribeResult,
  type SwitchboardError,
  type ViewData,
  type ViewName,
  type ViewParams,
} from '../../../shared/contract';
import { createReplica, type Reducer, type Replica, type ReplicaDriver } from './createReplica';
import type { ChannelState, FrameChannel } from './frameChannel';
import { createRequests } from './createRequests';
import { validateEvents } from './validateEvents';

export type ClientStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'closed';

export interface ClientState {
  readonly status: ClientStatus;
  readonly attempt: number;
  readonly session: Session | null;
  /** Highest `upTo` applied: everything committed up to it on this window's topics is in its replicas. */
  readonly seq: number;
}

/** The sync client's public face: what stores and views use. */
export interface SyncClient {
  getState(): ClientState;
  onState(listener: (state: ClientState) => void): () => void;
  signIn(user: string): Promise<Session>;
  invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /** Like `invoke`, also returning the seq the command committed at (for `waitForSeq`). */
  run<N extends CommandName>(name: N, input: CommandInput<N>): Promise<{ value: CommandOutput<N>; seq: number }>;
  /** A live replica of `view`; shared by key, so several stores watching one view cost one subscription. */
  watch<N extends ViewName>(view: N, params: ViewParams<N>, reduce: Reducer<ViewData<N>>): Replica<ViewData<N>>;
  /** Resolves once this window has applied every event up to `seq` (a command's committed seq). */
  waitForSeq(seq: number): Promise<void>;
  dispose(): void;
}

export function createSyncClient(channel: FrameChannel): SyncClient {
  const requests = createRequests(channel);
  const replicas = new Map<string, { driver: ReplicaDriver<unknown>; params: unknown; view: ViewName; refs: number }>();
  const topicRefs = new Map<string, number>();
  const stateListeners = new Set<(state: ClientState) => void>();
  const waiters = new Set<{ seq: number; resolve: () => void }>();
  let state: ClientState = { status: 'connecting', attempt: 0, session: null, seq: 0 };
  let user: string | null = null;
  let signInWaiters: { resolve(s: Session): void; reject(e: SwitchboardError): void }[] = [];
  let epoch: string | null = null;
  let resumeHead = Infinity;
  // False between a welcome and the resubscription: deltas then say nothing about this window's topics.
  let resubscribed = true;
  let disposed = false;

  const setState = (next: Partial<ClientState>) => {
    state = { ...state, ...next };
    stateListeners.forEach((l) => l(state));
  };

  function load(entry: { driver: ReplicaDriver<unknown>; view: ViewName; params: unknown }) {
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

  /** Subscribes fresh (no replay) and re-snapshots every replica on `topics`. */
  function reload(topics: readonly string[]) {
    const affected = [...replicas.values()].filter((e) => e.driver.topics.some((t) => topics.includes(t)));
    const fresh = [...new Set(affected.flatMap((e) => e.driver.topics))];
    affected.forEach((e) => e.driver.beginLoad());
    if (fresh.length > 0) void requests.request({ kind: 'subscribe', topics: fresh.map((topic) => ({ topic })) }).catch(() => {});
    affected.forEach(load);
  }

  async function signInNow(name: string): Promise<Session> {
    let session: Session;
    try {
      session = await requests.request<Session>({ kind: 'command', name: 'session.signIn', input: { user: name } });
    } catch (error) {
      // A dropped connection retries on the next welcome; a refused user does not.
      if ((error as SwitchboardError).code !== 'DISPOSED') {
        user = null;
        settleSignIn((w) => w.reject(error as SwitchboardError));
      }
      throw error;
    }
    setState({ session });
    settleSignIn((w) => w.resolve(session));
    return session;
  }

  function settleSignIn(fn: (waiter: { resolve(s: Session): void; reject(e: SwitchboardError): void }) => void) {
    const waiting = signInWaiters;
    signInWaiters = [];
    waiting.forEach(fn);
  }

  async function resume() {
    if (user) await signInNow(user);
    const since = new Map<string, number>();
    for (const { driver } of replicas.values()) {
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
    resubscribed = false;
    replicas.forEach((e) => e.driver.markStale());
    if (!sameDatabase) {
      // Another database: cursors mean nothing there. Start every replica from a fresh snapshot.
      replicas.forEach((e) => e.driver.beginLoad());
      setState({ seq: 0 });
    }
    resume().catch((error: SwitchboardError) => {
      // A refused sign-in already reached the signIn() caller; a dropped connection resumes on the next welcome.
      if (error.code !== 'DISPOSED' && error.code !== 'NOT_FOUND') console.error('switchboard: resume failed', error);
    });
  }

  function onDelta(frame: Extract<ServerFrame, { kind: 'delta' }>) {
    const events = validateEvents(frame.events, (topic) => reload([topic]));
    for (const { driver } of replicas.values()) {
      driver.receive(events);
      driver.advance(frame.upTo);
    }
    channel.send({ kind: 'ack', batch: frame.batch });
    if (!resubscribed) return;
    if (frame.upTo > state.seq) setState({ seq: frame.upTo });
    for (const waiter of [...waiters]) {
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
      default:
        return requests.settle(frame);
    }
  });

  const stopState = channel.onState((channelState: ChannelState) => {
    if (channelState.status === 'open') return; // live once resumed, not merely connected
    requests.failAll(new DisposedError('Connection lost before Switchboard answered; the action may not have run'));
    resumeHead = Infinity;
    replicas.forEach((e) => e.driver.markStale());
    setState({ status: channelState.status, attempt: channelState.attempt });
  });

  /** Each watcher gets its own handle; the replica goes when the last handle is disposed. */
  function handle(entry: { driver: ReplicaDriver<unknown>; refs: number }): Replica<unknown> {
    let released = false;
    const stops = new Set<() => void>();
    return {
      key: entry.driver.key,
      topics: entry.driver.topics,
      getState: () => entry.driver.getState(),
      subscribe(listener) {
        const stop = entry.driver.subscribe(listener);
        stops.add(stop);
        return () => {
          stops.delete(stop);
          stop();
        };
      },
      dispose() {
        if (released) return;
        released = true;
        stops.forEach((stop) => stop());
        if (--entry.refs === 0) entry.driver.dispose();
      },
    };
  }

  function refTopic(topic: string, delta: 1 | -1): boolean {
    const count = (topicRefs.get(topic) ?? 0) + delta;
    if (count <= 0) topicRefs.delete(topic);
    else topicRefs.set(topic, count);
    return delta === 1 ? count === 1 : count === 0;
  }

  return {
    getState: () => state,
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    signIn(name) {
      if (disposed) return Promise.reject(new DisposedError());
      user = name;
      // Before the first welcome the resume flow signs in; until then the caller waits, it does not fail.
      if (state.status !== 'live') return new Promise((resolve, reject) => signInWaiters.push({ resolve, reject }));
      return signInNow(name);
    },
    async run(name, input) {
      if (disposed) throw new DisposedError();
      const { value, seq } = await requests.requestWithSeq({ kind: 'command', name, input });
      return { value: value as CommandOutput<typeof name>, seq: seq ?? 0 };
    },
    async invoke(name, input) {
      return (await this.run(name, input)).value;
    },
    watch(view, params, reduce) {
      if (disposed) throw new DisposedError();
      const key = `${view}:${JSON.stringify(params)}`;
      const existing = replicas.get(key);
      if (existing) {
        existing.refs++;
        return handle(existing) as Replica<ViewData<typeof view>>;
      }
      if (!state.session) throw new Error(`watch(${view}) before signIn: sign the window in first`);
      const topics = viewSpecs[view].topics(state.session, params as never);
      const entry = {
        view,
        params,
        refs: 1,
        driver: createReplica(key, topics, reduce as Reducer<unknown>, () => {
          replicas.delete(key);
          const released = topics.filter((t) => refTopic(t, -1));
          if (released.length > 0 && channel.state.status === 'open') void requests.request({ kind: 'unsubscribe', topics: released }).catch(() => {});
        }),
      };
      replicas.set(key, entry);
      const fresh = topics.filter((t) => refTopic(t, 1));
      if (channel.state.status === 'open' && state.status === 'live') {
        if (fresh.length > 0) void requests.request({ kind: 'subscribe', topics: fresh.map((topic) => ({ topic })) }).catch(() => {});
        load(entry);
      }
      // Otherwise resume() subscribes and loads it once the connection is back.
      return handle(entry) as Replica<ViewData<typeof view>>;
    },
    waitForSeq(seq) {
      if (seq <= state.seq) return Promise.resolve();
      return new Promise((resolve) => waiters.add({ seq, resolve }));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      stopFrames();
      stopState();
      requests.failAll(new DisposedError());
      signInWaiters.forEach((w) => w.reject(new DisposedError()));
      [...replicas.values()].forEach((e) => e.driver.dispose());
      // The client owns its channel: a disposed window leaves no socket or IPC listener behind.
      channel.dispose();
      replicas.clear();
      stateListeners.clear();
      setState({ status: 'closed' });
    },
  };
}

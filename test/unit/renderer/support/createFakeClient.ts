/**
 * A fake sync client for store tests: real replicas (the sync layer's own `createReplica`) driven by hand, commands
 * that wait for the test to answer them, and counters that show every subscription was released.
 */
import { viewSpecs, type Session, type SwitchboardError, type TopicEvent, type ViewName } from '../../../../src/shared/contract';
import { createReplica, type ReplicaDriver, type ReplicaReducer } from '../../../../src/renderer/src/sync/createReplica';
import type { ClientState, SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';

export interface FakeCommand {
  name: string;
  input: unknown;
  resolve(value: unknown, seq?: number): void;
  reject(error: SwitchboardError): void;
}

export interface FakeClient {
  client: SyncClient;
  /** Every replica `watch` created, in order. */
  readonly replicas: ReplicaDriver<unknown>[];
  /** Commands sent and not yet answered. */
  readonly commands: FakeCommand[];
  readonly watchCount: number;
  setState(next: Partial<ClientState>): void;
  /** Advances the applied seq, releasing `waitForSeq` callers. */
  reachSeq(seq: number): void;
  /** Replicas not yet disposed plus state listeners: must be 0 when a suite ends. */
  openSubscriptions(): number;
  /** How often `retryNow` was called. */
  readonly retries: number;
  /** Delivers a push to the `onPush` listeners of `topic` (as the real client does after validating it). */
  push(topic: string, event: TopicEvent): void;
}

export const bob: Session = { userId: 'bob', userName: 'Bob', orgId: 'acme', orgName: 'Acme Corp' };

export function createFakeClient(initial: Partial<ClientState> = {}): FakeClient {
  let state: ClientState = { status: 'live', attempt: 0, session: bob, seq: 0, ...initial };
  const stateListeners = new Set<(s: ClientState) => void>();
  const replicas: ReplicaDriver<unknown>[] = [];
  const live = new Set<ReplicaDriver<unknown>>();
  const commands: FakeCommand[] = [];
  const waiters = new Set<{ seq: number; resolve(): void }>();
  let watchCount = 0;
  let retries = 0;
  const pushListeners = new Set<{ topic: string; listener: (event: unknown) => void }>();

  const run = (name: string, input: unknown) =>
    new Promise<{ value: unknown; seq: number }>((resolve, reject) => {
      const command: FakeCommand = {
        name,
        input,
        resolve: (value, seq = state.seq + 1) => {
          commands.splice(commands.indexOf(command), 1);
          resolve({ value, seq });
        },
        reject: (error) => {
          commands.splice(commands.indexOf(command), 1);
          reject(error);
        },
      };
      commands.push(command);
    });

  const client = {
    getState: () => state,
    onState(listener: (s: ClientState) => void) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    signIn: () => Promise.resolve(bob),
    onPush(topic: string, listener: (event: unknown) => void) {
      const entry = { topic, listener };
      pushListeners.add(entry);
      return () => pushListeners.delete(entry);
    },
    run,
    invoke: (name: string, input: unknown) => run(name, input).then((r) => r.value),
    watch(view: ViewName, params: never, reducer: ReplicaReducer<unknown, unknown, TopicEvent>) {
      watchCount++;
      // The view's own topics and snapshot schema, as the real client derives them from the contract.
      const spec = viewSpecs[view];
      const topics: readonly string[] = spec.topics(bob, params);
      const driver: ReplicaDriver<unknown> = createReplica(`${view}:${JSON.stringify(params)}`, topics, spec.data, reducer, () =>
        live.delete(driver),
      );
      replicas.push(driver);
      live.add(driver);
      return driver;
    },
    waitForSeq(seq: number) {
      if (seq <= state.seq) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.add({ seq, resolve }));
    },
    watching: () => [...live].map((driver) => ({ view: driver.key.slice(0, driver.key.indexOf(':')), params: JSON.parse(driver.key.slice(driver.key.indexOf(':') + 1)) })),
    retryNow() {
      retries++;
    },
    dispose() {},
  } as unknown as SyncClient;

  return {
    client,
    replicas,
    commands,
    get watchCount() {
      return watchCount;
    },
    get retries() {
      return retries;
    },
    setState(next) {
      state = { ...state, ...next };
      stateListeners.forEach((l) => l(state));
    },
    reachSeq(seq) {
      state = { ...state, seq };
      for (const waiter of [...waiters]) {
        if (waiter.seq <= seq) {
          waiters.delete(waiter);
          waiter.resolve();
        }
      }
    },
    push(topic, event) {
      for (const entry of [...pushListeners]) if (entry.topic === topic) entry.listener({ ...event, topic, at: Date.now() });
    },
    openSubscriptions: () => live.size + stateListeners.size + pushListeners.size,
  };
}

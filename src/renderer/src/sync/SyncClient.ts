/**
 * The sync client's public face, for stores and the test doubles that stand in for it: its state, its commands
 * and its view replicas. `createSyncClient` implements it.
 */
import type { CommandInput, CommandName, CommandOutput, Session, ViewData, ViewEvent, ViewName, ViewParams } from '../../../shared/contract';
import type { Replica, ReplicaReducer } from './createReplica';
import type { ViewRequest } from './createPrefetch';
import type { EventsListener } from './createEventTap';
import type { EventOfTopicName, PushListener } from './createPushTap';

/** How a view's replica makes its state: from the view's snapshot, then each of the view's events. */
export type ViewReducer<N extends ViewName, S> = ReplicaReducer<ViewData<N>, S, ViewEvent<N>>;

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
  /** Every delta batch this window receives, as delivered, with its arrival time: the inspector's tap. */
  onEvents(listener: EventsListener): () => void;
  /**
   * Pushes on `topic` (never logged, no seq: toasts, flashes, transient notifications), checked against its topic
   * family. Pushes arrive only while a replica of this window follows the topic; this does not subscribe it.
   */
  onPush<T extends string>(topic: T, listener: PushListener<EventOfTopicName<T>>): () => void;
  signIn(user: string): Promise<Session>;
  invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /** Like `invoke`, also returning the seq the command committed at (for `waitForSeq`). */
  run<N extends CommandName>(name: N, input: CommandInput<N>): Promise<{ value: CommandOutput<N>; seq: number }>;
  /**
   * A live replica of `view`, its state made by `reducer` from the snapshot and the view's events. Shared by key
   * (view and params), so several stores watching one view cost one subscription; they must pass the same reducer.
   */
  watch<N extends ViewName, S>(view: N, params: ViewParams<N>, reducer: ViewReducer<N, S>): Replica<S>;
  /** The views this window's replicas show: what a reload asks for again before its stores exist. */
  watching(): ViewRequest[];
  /** Resolves once this window has applied every event up to `seq` (a command's committed seq). */
  waitForSeq(seq: number): Promise<void>;
  /** While not connected: try to reconnect now instead of waiting out the backoff. */
  retryNow(): void;
  dispose(): void;
}


/**
 * One window's session with the kernel, whatever carries its frames: it binds the window to a user, runs its
 * commands, serves its snapshots, subscribes it to topics (replaying the log from where it left off) and feeds its
 * outbox. Everything it holds is released when the transport closes.
 * @internal Created by the sync server.
 */
import {
  SwitchboardError,
  toWireError,
  type ClientFrame,
  type ConnectionStats,
  type LogEvent,
  type ServerFrame,
  type Session,
} from '../../../shared/contract';
import { userActor, type Actor } from '../actor';
import type { Bus } from '../bus/createBus';
import { DisposableStore, toDisposable } from '../disposable';
import type { EventLog } from '../log/createEventLog';
import { createRepeatLog, kindOf } from '../createRepeatLog';
import { createLogger } from '../logger';
import type { Registry } from '../registry/createRegistry';
import { createOutbox, type Outbox, type OutboxLimits, type SentListener } from './createOutbox';
import { sendSnapshot } from './sendSnapshot';
import type { Transport } from '../transport';

export interface ConnectionDeps {
  bus: Bus;
  log: EventLog;
  registry: Registry;
  limits?: OutboxLimits;
  onSessionChange?: (connection: Connection) => void;
  onSent?: SentListener;
  /** Told when a live event is queued, so the sync server can flush the outbox as soon as its commit is published. */
  onQueued?: (outbox: Outbox) => void;
  /** Rows per `part` frame of a big snapshot (default SNAPSHOT_PART_ROWS). */
  snapshotPartRows?: number;
}

/** A window as the kernel sees it. */
export interface Connection {
  readonly id: string;
  readonly session: Session | null;
  readonly topics: readonly string[];
  stats(): ConnectionStats;
  dispose(): void;
}

const logger = createLogger('switchboard:kernel:sync');
const failures = createRepeatLog(logger);

export function createConnection(id: string, transport: Transport, deps: ConnectionDeps, onDispose: () => void): Connection {
  const { bus, log, registry } = deps;
  const store = new DisposableStore();
  const subscriptions = new Map<string, () => void>();
  let actor: Actor | null = null;
  let disposed = false;
  let resyncs = 0;

  const send = (frame: ServerFrame) => {
    if (!disposed) transport.send(frame);
  };
  const outbox = createOutbox(send, () => log.head(), () => {
    logger.warn(`connection ${id} fell behind; asking it to resync ${subscriptions.size} topics`);
    resyncs++;
    send({ kind: 'resync', topics: [...subscriptions.keys()], reason: 'behind' });
  }, deps.limits, deps.onSent);
  store.add(toDisposable(() => outbox.dispose()));
  store.add(toDisposable(() => dropSubscriptions()));
  // An organization-scoped event reaches only windows of its organization, live and on replay.
  const visible = (event: LogEvent) => event.scope === undefined || event.scope === actor?.orgId;
  const deliver = (event: LogEvent) => {
    if (!visible(event)) return;
    outbox.push(event);
    deps.onQueued?.(outbox);
  };

  function dropSubscriptions() {
    for (const stop of subscriptions.values()) stop();
    subscriptions.clear();
  }

  function sendError(requestId: number | undefined, error: unknown) {
    if (!(error instanceof SwitchboardError)) failures.error(kindOf(error), `connection ${id}: unexpected failure`, error);
    send({ kind: 'error', ...(requestId === undefined ? {} : { id: requestId }), error: toWireError(error) });
  }

  function bindSession(session: Session) {
    // Subscriptions were authorized for the previous user; a new user starts clean.
    if (actor && actor.userId !== session.userId) dropSubscriptions();
    actor = userActor(session);
    deps.onSessionChange?.(connection);
  }

  function subscribe(frame: Extract<ClientFrame, { kind: 'subscribe' }>) {
    const topics = frame.topics.map(({ topic, since }) => ({ topic: registry.authorize(actor, topic), since }));
    outbox.resume();
    const head = log.head();
    const resync: string[] = [];
    const replay = new Map<string, number>();
    for (const { topic, since } of topics) {
      if (!subscriptions.has(topic)) {
        const stopEvents = bus.subscribe(topic, deliver);
        // Pushes skip the outbox: they carry no seq and a window that is behind loses nothing it could replay.
        const stopPushes = bus.onPush(topic, (p) => send({ kind: 'push', topic: p.topic, type: p.type, payload: p.payload, at: p.at }));
        subscriptions.set(topic, () => {
          stopEvents();
          stopPushes();
        });
      }
      if (since === undefined) continue;
      if (since < log.prunedThrough() || since > head) resync.push(topic);
      else if (since < head) replay.set(topic, since);
    }
    if (replay.size > 0) {
      const from = Math.min(...replay.values());
      for (const event of log.readSince([...replay.keys()], from)) {
        if (event.seq > replay.get(event.topic)! && visible(event)) outbox.push(event);
      }
    }
    outbox.mark();
    if (resync.length > 0) resyncs++;
    return { head, resync };
  }

  function handle(frame: ClientFrame) {
    switch (frame.kind) {
      case 'command':
        registry.run(frame.name, frame.input, { actor, bindSession }).then(
          (value) => {
            send({ kind: 'result', id: frame.id, value, seq: log.head() });
            outbox.mark();
          },
          (error: unknown) => sendError(frame.id, error),
        );
        return;
      case 'subscribe':
        send({ kind: 'result', id: frame.id, value: subscribe(frame) });
        return;
      case 'unsubscribe':
        for (const topic of frame.topics) {
          subscriptions.get(topic)?.();
          subscriptions.delete(topic);
        }
        send({ kind: 'result', id: frame.id, value: null });
        return;
      case 'snapshot': {
        const { data } = registry.load(frame.view, frame.params, actor);
        // Loading is synchronous, so no commit lands between reading the data and reading head.
        sendSnapshot(send, frame.id, log.head(), data, deps.snapshotPartRows);
        return;
      }
      case 'ack':
        outbox.ack(frame.batch);
        return;
      case 'hello':
        send({ kind: 'welcome', epoch: log.epoch, head: log.head(), window: outbox.window });
        return;
    }
  }

  store.add(
    toDisposable(
      transport.onFrame((frame) => {
        try {
          handle(frame);
        } catch (error) {
          sendError('id' in frame ? frame.id : undefined, error);
        }
      }),
    ),
  );
  store.add(toDisposable(transport.onClose(() => connection.dispose())));

  const connection: Connection = {
    id,
    get session() {
      return actor?.kind === 'user' ? actor.session : null;
    },
    get topics() {
      return [...subscriptions.keys()];
    },
    stats() {
      return {
        id,
        userId: actor?.userId ?? null,
        orgId: actor?.orgId ?? null,
        topics: subscriptions.size,
        queued: outbox.queued,
        queuedBytes: outbox.queuedBytes,
        inFlight: outbox.inFlight,
        dropping: outbox.dropping,
        resyncs,
      };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      store.dispose();
      transport.close();
      onDispose();
    },
  };
  return connection;
}

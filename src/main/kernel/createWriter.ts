/**
 * The unit of work every context writes through: the domain write and the events it emits commit in one SQLite
 * transaction, each recorded with who caused it, and the bus publishes only after that commit, in seq order.
 * A rolled-back write publishes nothing.
 */
import type { ActorRef, LogEvent, ScopedTopicName, TopicName, Topics } from '../../shared/contract';
import type { Bus } from './bus/createBus';
import type { Db } from './db/openDatabase';
import { storageFault } from './db/storageErrors';
import { stageProbe } from './stageProbe';
import type { EventLog } from './log/createEventLog';

/**
 * Records an event in the current write; it is published once the write commits. An event on an
 * organization-scoped topic (`case:created`) names its organization, and only that organization's windows get it.
 */
export type Emit = <T extends TopicName>(topic: T, event: Topics[T], ...scope: T extends ScopedTopicName ? [orgId: string] : []) => LogEvent<T>;

/** Runs `work` in one transaction on behalf of `actor`, then publishes what it emitted. */
export type Write = <R>(actor: ActorRef, work: (emit: Emit) => R) => R;

/** Told of every commit's events, for the kernel's statistics. */
export type CommitListener = (events: readonly LogEvent[]) => void;

/**
 * Told once a commit's events, and those of any write its listeners made meanwhile, reached every subscriber: only
 * then is every committed event in seq order in the outboxes, so they may flush.
 */
export type PublishedListener = () => void;

export function createWriter(db: Db, log: EventLog, bus: Bus, onCommit?: CommitListener, onPublished?: PublishedListener): Write {
  let writing = false;
  let publishing = false;
  const unpublished: LogEvent[] = [];
  // Built once: better-sqlite3's transaction wrapper is not free to create per write.
  const transaction = db.transaction((work: (emit: Emit) => unknown, emit: Emit): unknown => {
    const value = work(emit);
    if (value instanceof Promise) throw new Error('kernel.write work must be synchronous');
    return value;
  });
  return function write(actor, work) {
    // A nested write would publish its events before the outer transaction commits.
    if (writing) throw new Error('kernel.write cannot be nested: pass `emit` down instead');
    writing = true;
    const pending: LogEvent[] = [];
    const emit: Emit = (topic, event, ...scope) => {
      const committed = log.append(topic, event, actor, (scope as string[])[0]);
      pending.push(committed);
      return committed;
    };
    let result;
    try {
      result = transaction.immediate(work, emit) as ReturnType<typeof work>;
    } catch (error) {
      // The transaction rolled back: a full disk or an I/O error is the user's to know about, in words.
      throw storageFault(error, db.name) ?? error;
    } finally {
      writing = false;
    }
    const last = pending[pending.length - 1];
    if (last) log.committed(last.seq);
    if (pending.length === 0) return result;
    stageProbe.current?.committed(pending);
    for (const event of pending) unpublished.push(event);
    // A listener that writes while a commit is being published (a notifier) queues its events behind the rest:
    // the outer publish sends them, so every subscriber sees seq order.
    if (publishing) {
      onCommit?.(pending);
      return result;
    }
    publishing = true;
    try {
      for (let i = 0; i < unpublished.length; i++) bus.publish(unpublished[i]!);
    } finally {
      unpublished.length = 0;
      publishing = false;
    }
    stageProbe.current?.published(pending);
    onPublished?.();
    onCommit?.(pending);
    return result;
  };
}

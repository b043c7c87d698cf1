/**
 * The append-only event log: every committed change gets the next global `seq` in the same transaction as its
 * domain write. Windows resume from it after a reload or reconnect; pruning keeps it bounded.
 * Only the kernel's unit of work appends; the sync server reads.
 */
import { randomUUID } from 'node:crypto';
import { scopedTopics, type ActorKind, type ActorRef, type AnyTopicFamily, type LogEvent, type TopicName, type Topics } from '../../../shared/contract';
import type { Db } from '../db/openDatabase';
import type { Migration } from '../db/migrate';
import { CommittedEvent } from './committedEvent';

export const eventLogMigrations: readonly Migration[] = [
  {
    id: 'kernel/001_events',
    sql: `
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        topic TEXT NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        committed_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX events_topic_seq ON events (topic, seq);
      CREATE TABLE kernel_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `,
  },
  {
    // Who caused each change, so an audit trail can answer "who changed what"; older events predate the record.
    id: 'kernel/002_event_actor',
    sql: `
      ALTER TABLE events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'system';
      ALTER TABLE events ADD COLUMN actor_id TEXT NOT NULL DEFAULT 'unrecorded';
    `,
  },
  {
    // The organization an event of an organization-scoped family (`case:created`) belongs to; null for the rest.
    id: 'kernel/003_event_scope',
    sql: 'ALTER TABLE events ADD COLUMN scope TEXT;',
  },
  {
    // The audit trail: events of families that opted in, copied in the same transaction and never pruned.
    id: 'kernel/004_audit_events',
    sql: `
      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        topic TEXT NOT NULL,
        type TEXT NOT NULL,
        payload TEXT NOT NULL,
        committed_at INTEGER NOT NULL,
        actor_kind TEXT NOT NULL,
        actor_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_events_topic ON audit_events (topic, seq);
    `,
  },
  {
    // Every commit wrote this index too, for the one read that used it: a window's catch-up. That read now walks the
    // log by seq from the window's cursor, which is short for a reconnect and bounded by the retention at worst
    // (the bench's log row times both), and each commit writes one row where it wrote two.
    id: 'kernel/005_events_without_topic_index',
    sql: 'DROP INDEX IF EXISTS events_topic_seq;',
  },
];

/** The event log's public face. */
export interface EventLog {
  /** Identifies this database; a window that sees another epoch must drop its state. */
  readonly epoch: string;
  /** Appends one event. Must run inside the caller's write transaction, so it commits or rolls back with it. */
  append<T extends TopicName>(topic: T, event: Topics[T], actor: ActorRef, scope?: string): LogEvent<T>;
  /** The highest committed seq (0 for an empty log). */
  head(): number;
  /** @internal The unit of work reports its commit, so `head` never counts a rolled-back append. */
  committed(seq: number): void;
  /** Every event after `since` is still in the log when `since >= prunedThrough()`. */
  prunedThrough(): number;
  /** Events on `topics` with seq > since, in seq order. */
  readSince(topics: readonly string[], since: number): LogEvent[];
  /**
   * Drops the oldest events so that at most `keep` remain and their payloads total at most `maxChars` characters
   * (console output makes events of very different sizes). The newest event always stays: its seq is the log's
   * high-water mark. Returns how many were dropped.
   */
  prune(keep: number, maxChars?: number): number;
  /** Keeps every event of `family` in the audit trail too (never pruned). Returns the undo. */
  audit(family: AnyTopicFamily): () => void;
  /** The audit trail of one topic, oldest first. */
  auditTrail(topic: string): LogEvent[];
}

interface Row {
  seq: number;
  topic: TopicName;
  type: string;
  payload: string;
  actor_kind: ActorKind;
  actor_id: string;
  committed_at: number;
  scope: string | null;
}

export function createEventLog(db: Db): EventLog {
  const meta = {
    get: db.prepare<[string], { value: string }>('SELECT value FROM kernel_meta WHERE key = ?').pluck(),
    set: db.prepare('INSERT INTO kernel_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  let epoch = meta.get.get('epoch') as unknown as string | undefined;
  if (!epoch) {
    epoch = randomUUID();
    meta.set.run('epoch', epoch);
  }

  const insert = db.prepare('INSERT INTO events (topic, type, payload, committed_at, actor_kind, actor_id, scope) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // No AUTOINCREMENT (it costs a second write per event): seqs stay monotonic because pruning never removes the
  // newest event, so max(seq) never goes down.
  const headStmt = db.prepare<[], number>('SELECT COALESCE(max(seq), 0) FROM events').pluck();
  const deleteThrough = db.prepare('DELETE FROM events WHERE seq <= ?');
  // The payload characters the log holds are counted as it goes: each prune adds those appended since the last one,
  // and takes away those it drops. Summing the whole log on every prune (a window function, newest down) held the
  // writer's thread about 280 ms every 10 s at 300,000 events.
  const charsBetween = db.prepare<[number, number], number>('SELECT COALESCE(SUM(length(payload)), 0) FROM events WHERE seq > ? AND seq <= ?').pluck();
  const oldestFirst = db.prepare<[number, number], [number, number]>('SELECT seq, length(payload) FROM events WHERE seq > ? AND seq <= ? ORDER BY seq').raw();
  const auditInsert = db.prepare('INSERT INTO audit_events (seq, topic, type, payload, committed_at, actor_kind, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const auditRead = db.prepare<[string], Row>('SELECT seq, topic, type, payload, actor_kind, actor_id, committed_at, NULL AS scope FROM audit_events WHERE topic = ? ORDER BY seq');
  let audited: AnyTopicFamily[] = [];
  let head = headStmt.get() ?? 0;
  let prunedThrough = Number(meta.get.get('pruned_through') ?? 0);
  // Payload characters of the events after `prunedThrough` up to `countedThrough`.
  let retainedChars = 0;
  let countedThrough = prunedThrough;
  const readStatements = new Map<number, ReturnType<typeof db.prepare<unknown[], Row>>>();

  function readStatement(count: number) {
    let stmt = readStatements.get(count);
    if (!stmt) {
      const marks = Array.from({ length: count }, () => '?').join(', ');
      stmt = db.prepare<unknown[], Row>(`SELECT seq, topic, type, payload, actor_kind, actor_id, committed_at, scope FROM events WHERE topic IN (${marks}) AND seq > ? ORDER BY seq`);
      readStatements.set(count, stmt);
    }
    return stmt;
  }

  return {
    epoch,
    append(topic, event, actor, scope) {
      if (!db.inTransaction) throw new Error('EventLog.append must run inside a write transaction (use kernel.write)');
      if (scopedTopics.has(topic) !== (scope !== undefined)) {
        throw new Error(scope === undefined ? `an event on ${topic} must name its organization` : `${topic} is not organization-scoped`);
      }
      const payload = JSON.stringify(event.payload);
      const at = Date.now();
      const info = insert.run(topic, event.type, payload, at, actor.kind, actor.id, scope ?? null);
      if (audited.length > 0 && audited.some((family) => family.match(topic))) {
        auditInsert.run(info.lastInsertRowid, topic, event.type, payload, at, actor.kind, actor.id);
      }
      return CommittedEvent.create(Number(info.lastInsertRowid), topic, actor, payload, at, event.type, event.payload, scope) as LogEvent<typeof topic>;
    },
    head() {
      return head;
    },
    committed(seq) {
      if (seq > head) head = seq;
    },
    prunedThrough() {
      return prunedThrough;
    },
    readSince(topics, since) {
      if (topics.length === 0) return [];
      const rows = readStatement(topics.length).all(...topics, since);
      // Rows were written from typed events by `append`, so they read back as the events they were.
      return rows.map((row) => toEvent(row));
    },
    audit(family) {
      audited = [...audited, family];
      return () => {
        audited = audited.filter((f) => f !== family);
      };
    },
    auditTrail(topic) {
      return auditRead.all(topic).map(toEvent);
    },
    prune(keep, maxChars) {
      let through = head - Math.max(1, keep);
      if (maxChars !== undefined) {
        retainedChars += charsBetween.get(countedThrough, head) ?? 0;
        countedThrough = head;
        through = Math.max(through, sizeCut(maxChars));
      }
      through = Math.min(through, head - 1);
      if (through <= prunedThrough) return 0;
      const dropped = charsBetween.get(prunedThrough, Math.min(through, countedThrough)) ?? 0;
      const changes = db.transaction(() => {
        const result = deleteThrough.run(through);
        meta.set.run('pruned_through', String(through));
        return result.changes;
      })();
      prunedThrough = through;
      retainedChars -= dropped;
      return changes;
    },
  };

  /** The newest seq to drop so that the events left hold at most `maxChars` payload characters (oldest go first). */
  function sizeCut(maxChars: number): number {
    let cut = 0;
    let left = retainedChars;
    for (const [seq, chars] of oldestFirst.iterate(prunedThrough, countedThrough)) {
      if (left <= maxChars) break;
      left -= chars;
      cut = seq;
    }
    return cut;
  }
}

function toEvent(row: Row): LogEvent {
  const actor = { kind: row.actor_kind, id: row.actor_id };
  return CommittedEvent.create(row.seq, row.topic, actor, row.payload, row.committed_at, row.type, JSON.parse(row.payload), row.scope ?? undefined);
}

/**
 * The event log on its own, over a real database: appends only inside a write transaction and under the scope rules,
 * reads several topics from a cursor, counts only committed seqs as head, prunes by count and by size without ever
 * dropping the newest event or going back, and copies audited families into a trail that pruning leaves alone.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrate } from '../../../../src/main/kernel/db/migrate';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';
import { createEventLog, eventLogMigrations, type EventLog } from '../../../../src/main/kernel/log/createEventLog';
import { toWireEvent } from '../../../../src/main/kernel/sync/toWireEvent';
import { wireEventText } from '../../../../src/main/kernel/transport';
import { agentsTopic, schedulerTopic, type ActorRef, type LogEvent } from '../../../../src/shared/contract';

const alice: ActorRef = { kind: 'user', id: 'alice' };
const agents = 'agents:updates:acme' as const;
const scheduler = 'scheduler:updates:acme' as const;
const console1 = 'agent_job_run_console:r1' as const;
const deleted = (uuid: string) => ({ type: 'agent_deleted' as const, payload: { uuid } });
const pending = (count: number) => ({ type: 'pending_count' as const, payload: { count } });
const chunk = (text: string) => ({ type: 'console_append' as const, payload: { offset: 0, text } });
const caseCreated = (id: number) => ({ type: 'case_created' as const, payload: { case: { id } as never } });

describe('createEventLog', () => {
  const dbs: Db[] = [];
  afterEach(() => dbs.splice(0).forEach((db) => db.close()));

  function open() {
    const db = openDatabase(':memory:');
    dbs.push(db);
    migrate(db, eventLogMigrations);
    const log = createEventLog(db);
    /** Runs `work` in a write transaction and reports its last seq as committed, as the unit of work does. */
    const write = (work: (log: EventLog) => { seq: number } | void) => {
      const last = db.transaction(() => work(log))();
      if (last) log.committed(last.seq);
    };
    return { db, log, write };
  }

  it('names its database with an epoch that stays with the database and differs between databases', () => {
    const { db, log } = open();
    expect(log.epoch).toMatch(/^[0-9a-f-]{36}$/);
    expect(createEventLog(db).epoch).toBe(log.epoch);
    expect(open().log.epoch).not.toBe(log.epoch);
  });

  it('refuses an append outside a write transaction, writing nothing', () => {
    const { log } = open();
    expect(() => log.append(agents, deleted('a'), alice)).toThrow('EventLog.append must run inside a write transaction (use kernel.write)');
    expect(log.readSince([agents], 0)).toEqual([]);
  });

  it('requires the organization on a scoped topic and refuses it on any other, with messages naming the topic', () => {
    const { log, write } = open();
    expect(() => write((l) => l.append('case:created', caseCreated(1), alice))).toThrow(new Error('an event on case:created must name its organization'));
    expect(() => write((l) => l.append(agents, deleted('a'), alice, 'acme'))).toThrow(new Error('agents:updates:acme is not organization-scoped'));
    expect(log.readSince(['case:created', agents], 0)).toEqual([]);

    let scoped, plain;
    write((l) => (scoped = l.append('case:created', caseCreated(2), alice, 'globex')));
    write((l) => (plain = l.append(agents, deleted('b'), alice)));
    expect(scoped).toMatchObject({ seq: 1, topic: 'case:created', scope: 'globex' });
    expect(plain).not.toHaveProperty('scope');
    const [readScoped, readPlain] = log.readSince(['case:created', agents], 0);
    expect(readScoped).toEqual(scoped);
    expect(readPlain).toEqual(plain);
    expect(readPlain).not.toHaveProperty('scope');
  });

  it('reads the events of several topics after a cursor, in seq order, as they were appended', () => {
    const { log, write } = open();
    write((l) => l.append(agents, deleted('a'), alice));
    write((l) => l.append(scheduler, pending(1), alice));
    write((l) => l.append(console1, chunk('c'), alice));
    write((l) => l.append(agents, deleted('d'), alice));
    write((l) => l.append(scheduler, pending(2), alice));
    expect(log.head()).toBe(5);
    expect(log.readSince([agents, scheduler], 0).map((e) => [e.seq, e.topic])).toEqual([[1, agents], [2, scheduler], [4, agents], [5, scheduler]]);
    expect(log.readSince([scheduler, agents], 2).map((e) => e.seq)).toEqual([4, 5]);
    expect(log.readSince([console1, scheduler, agents], 3).map((e) => e.seq)).toEqual([4, 5]);
    expect(log.readSince([console1], 0)).toEqual([expect.objectContaining({ seq: 3, type: 'console_append', payload: { offset: 0, text: 'c' }, actor: alice })]);
    expect(log.readSince([agents], 5)).toEqual([]);
    expect(log.readSince(['agents:updates:globex'], 0)).toEqual([]);
    expect(log.readSince([], 0)).toEqual([]);
  });

  it('hands out events whose wire form is made once and whose text is built from the stored payload, read back or not', () => {
    const { log, write } = open();
    let appended!: LogEvent;
    write((l) => (appended = l.append(console1, chunk('a "line"'), alice)));
    for (const event of [appended, log.readSince([console1], 0)[0]!]) {
      const wire = toWireEvent(event);
      expect(toWireEvent(event)).toBe(wire);
      expect(wire).toEqual({ seq: 1, topic: console1, type: 'console_append', payload: { offset: 0, text: 'a "line"' }, at: event.at });
      const stringify = vi.spyOn(JSON, 'stringify');
      const text = wireEventText(wire);
      expect(stringify.mock.calls.map(([value]) => value)).not.toContain(event.payload);
      stringify.mockRestore();
      expect(text).toBe(JSON.stringify(wire));
    }
  });

  it('prepares one read per number of topics and none for no topic', () => {
    const { db, log, write } = open();
    write((l) => l.append(agents, deleted('a'), alice));
    const prepare = vi.spyOn(db, 'prepare');
    for (let i = 0; i < 3; i++) {
      expect(log.readSince([], 0)).toEqual([]);
      expect(log.readSince([agents], 0)).toHaveLength(1);
      expect(log.readSince([scheduler, agents], 0)).toHaveLength(1);
    }
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('counts as head only what the unit of work reports committed, and never goes back', () => {
    const { db, log } = open();
    expect(log.head()).toBe(0);
    const seq = db.transaction(() => log.append(agents, deleted('a'), alice).seq)();
    expect(log.head()).toBe(0);
    log.committed(seq);
    expect(log.head()).toBe(1);
    log.committed(5);
    log.committed(3);
    expect(log.head()).toBe(5);
  });

  it('prunes by count, keeping the newest event, and never moves the pruned point back', () => {
    const { db, log, write } = open();
    expect(log.prune(0)).toBe(0); // an empty log has nothing to drop
    expect(log.prunedThrough()).toBe(0);
    for (let i = 0; i < 6; i++) write((l) => l.append(agents, deleted(String(i)), alice));
    expect(log.prune(4)).toBe(2);
    expect(log.prunedThrough()).toBe(2);
    // Keeping more than is left drops nothing and leaves the pruned point where it was.
    expect(log.prune(5)).toBe(0);
    expect(log.prunedThrough()).toBe(2);
    expect(createEventLog(db).prunedThrough()).toBe(2);
    expect(log.prune(0)).toBe(3);
    expect(log.readSince([agents], 0).map((e) => e.seq)).toEqual([6]);
    write((l) => l.append(agents, deleted('next'), alice));
    expect(log.readSince([agents], 0).map((e) => e.seq)).toEqual([6, 7]);
  });

  it('prunes by payload size: the newest events whose payloads fit stay, never fewer than one', () => {
    const { log, write } = open();
    // Each payload is `{"count":N}`: 11 characters.
    for (let i = 0; i < 8; i++) write((l) => l.append(scheduler, pending(i), alice));
    expect(log.prune(100, 33)).toBe(5); // exactly three fit
    expect(log.readSince([scheduler], 0).map((e) => e.seq)).toEqual([6, 7, 8]);
    expect(log.prune(100, 32)).toBe(1);
    expect(log.prune(100, 1)).toBe(1);
    expect(log.readSince([scheduler], 0).map((e) => e.seq)).toEqual([8]);
    expect(log.prunedThrough()).toBe(7);
  });

  it('prunes by size exactly as summing the whole log would, across writes, rollbacks, count prunes and a reopen', () => {
    // The oracle is the rule itself, over the table: the newest event at which the payloads, counted from the newest
    // down, pass the cap. The log counts its characters as it goes instead; the two must always agree.
    const oracle = (db: Db, since: number, maxChars: number) =>
      db
        .prepare<[number, number], number>(
          `SELECT seq FROM (SELECT seq, SUM(length(payload)) OVER (ORDER BY seq DESC) AS total FROM events WHERE seq > ?)
           WHERE total > ? ORDER BY seq DESC LIMIT 1`,
        )
        .pluck()
        .get(since, maxChars) ?? 0;
    const step = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), texts: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 4 }), rollBack: fc.boolean() }),
      fc.record({ kind: fc.constant('prune' as const), keep: fc.nat(12), maxChars: fc.option(fc.nat(400), { nil: undefined }) }),
      fc.constant({ kind: 'reopen' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { db } = open();
        let log = createEventLog(db);
        for (const s of steps) {
          if (s.kind === 'reopen') log = createEventLog(db);
          else if (s.kind === 'write') {
            try {
              const last = db.transaction(() => {
                let seq = 0;
                for (const text of s.texts) seq = log.append(console1, chunk(text), alice).seq;
                if (s.rollBack) throw new Error('rolled back');
                return seq;
              })();
              log.committed(last);
            } catch {
              // Rolled back: nothing of it may count.
            }
          } else {
            const head = log.head();
            const before = log.prunedThrough();
            let expected = head - Math.max(1, s.keep);
            if (s.maxChars !== undefined) expected = Math.max(expected, oracle(db, before, s.maxChars));
            expected = Math.min(expected, head - 1);
            log.prune(s.keep, s.maxChars);
            expect(log.prunedThrough()).toBe(Math.max(before, expected));
            expect(log.readSince([console1], 0).map((e) => e.seq)[0] ?? head).toBe(head === 0 ? 0 : Math.max(before, expected) + 1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('copies events of audited families into a trail in the same transaction, which pruning leaves alone', () => {
    const { log, write } = open();
    const stopAgents = log.audit(agentsTopic);
    log.audit(schedulerTopic);
    let copied;
    write((l) => (copied = l.append(agents, deleted('a'), alice)));
    write((l) => l.append(scheduler, pending(1), alice));
    write((l) => l.append(console1, chunk('not audited'), alice));
    expect(() =>
      write((l) => {
        l.append(agents, deleted('rolled back'), alice);
        throw new Error('domain check failed');
      }),
    ).toThrow('domain check failed');
    expect(log.auditTrail(agents)).toEqual([copied]);
    expect(log.auditTrail(scheduler).map((e) => e.payload)).toEqual([{ count: 1 }]);
    expect(log.auditTrail(console1)).toEqual([]);

    // Undoing one family's audit leaves the other's.
    stopAgents();
    write((l) => l.append(agents, deleted('b'), alice));
    write((l) => l.append(scheduler, pending(2), alice));
    expect(log.auditTrail(agents).map((e) => e.payload)).toEqual([{ uuid: 'a' }]);
    expect(log.auditTrail(scheduler).map((e) => e.payload)).toEqual([{ count: 1 }, { count: 2 }]);

    log.prune(0);
    expect(log.auditTrail(agents)).toEqual([copied]);
  });
});

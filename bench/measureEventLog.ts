/**
 * Event-log write cost: the agents context's write (row + event in one transaction, published after commit)
 * against a plain insert of the same row in its own transaction, same database settings, same run; and what the
 * log's lack of a topic index costs the one read that would use it, a window's catch-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiActor } from '../src/main/kernel/actor';
import { createKernel } from '../src/main/kernel/createKernel';
import { createContexts } from '../src/main/app/createContexts';

export interface LogResult {
  /** The row alone, one transaction per row. */
  plainPerSec: number;
  /** The same row plus its event in the log, one kernel write per row, published after commit. */
  loggedPerSec: number;
  /** The agents context's full register (validation reads, row, event). */
  contextPerSec: number;
  /** A window's catch-up read (`readSince` of one topic) on a log filled to the kernel's retention. */
  catchUp: CatchUp;
}

export interface CatchUp {
  /** Events in the log, over `topics` topics. */
  events: number;
  topics: number;
  /** p50 ms: a window 1,000 events behind (a reconnect), and one as far behind as the log goes (its worst case). */
  reconnectMs: number;
  wholeLogMs: number;
  /** The same two reads with an index on (topic, seq), which every write would then also keep. */
  indexedReconnectMs: number;
  indexedWholeLogMs: number;
}

const RETAINED = 200_000; // the kernel's default retention (createKernel)
const TOPICS = 1_000;

/** Fills the log to the retention over many topics, then times catch-up reads of one topic, unindexed and indexed. */
function measureCatchUp(kernel: ReturnType<typeof createKernel>, actor: ReturnType<typeof apiActor>): CatchUp {
  // One topic among many, as a window's: a tenth of a percent of the log.
  const topic = `agents:updates:o${TOPICS - 1}`;
  for (let written = kernel.log.head(); written < RETAINED; written += 1000) {
    kernel.write(actor.ref, (emit) => {
      for (let i = 0; i < 1000; i++) {
        const uuid = crypto.randomUUID();
        emit(`agents:updates:o${(written + i) % TOPICS}`, { type: 'agent_deleted', payload: { uuid } });
      }
    });
  }
  const p50 = (read: () => unknown) => {
    const times = Array.from({ length: 21 }, () => {
      const start = performance.now();
      read();
      return performance.now() - start;
    }).sort((a, b) => a - b);
    return times[10]!;
  };
  const reads = () => ({
    reconnect: p50(() => kernel.log.readSince([topic], kernel.log.head() - 1000)),
    whole: p50(() => kernel.log.readSince([topic], kernel.log.prunedThrough())),
  });
  const plain = reads();
  kernel.db.exec('CREATE INDEX bench_events_topic_seq ON events (topic, seq)');
  const indexed = reads();
  kernel.db.exec('DROP INDEX bench_events_topic_seq');
  return { events: kernel.log.head() - kernel.log.prunedThrough(), topics: TOPICS, reconnectMs: plain.reconnect, wholeLogMs: plain.whole, indexedReconnectMs: indexed.reconnect, indexedWholeLogMs: indexed.whole };
}

export function measureEventLog(count = 20_000): LogResult {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-log-'));
  const kernel = createKernel({ file: join(dir, 'bench.sqlite') });
  const contexts = createContexts(kernel);
  const { agents } = contexts;
  contexts.accounts.seedDemo();
  kernel.db.exec(`CREATE TABLE plain_agents AS SELECT * FROM agents WHERE 0`);
  const insert = kernel.db.prepare(
    `INSERT INTO plain_agents (uuid, org_id, hostname, ip_address, os, resources, enabled, created_at, updated_at)
     VALUES (?, 'acme', ?, NULL, 'Linux', '[]', 1, ?, ?)`,
  );
  const plainOne = kernel.db.transaction((i: number) => {
    const now = new Date().toISOString();
    insert.run(crypto.randomUUID(), `plain-${i}`, now, now);
  });
  const actor = apiActor('acme');
  const stop = kernel.bus.subscribe('agents:updates:acme', () => {});

  const loggedOne = (i: number) =>
    kernel.write(actor.ref, (emit) => {
      const now = new Date().toISOString();
      const uuid = crypto.randomUUID();
      insert.run(uuid, `logged-${i}`, now, now);
      emit('agents:updates:acme', { type: 'agent_deleted', payload: { uuid } });
    });
  const seconds = (fn: (i: number) => void, offset: number) => {
    const start = performance.now();
    for (let i = 0; i < count; i++) fn(offset + i);
    return (performance.now() - start) / 1000;
  };
  // Alternate and keep each one's best round, so neither gets the cold cache or the bigger file.
  let plain = Infinity;
  let logged = Infinity;
  for (let round = 0; round < 5; round++) {
    plain = Math.min(plain, seconds((i) => plainOne.immediate(i), round * count));
    logged = Math.min(logged, seconds(loggedOne, round * count));
  }
  const context = seconds((i) => agents.register(actor, { hostname: `ctx-${i}`, os: 'Linux' }), 0);
  const catchUp = measureCatchUp(kernel, actor);

  stop();
  contexts.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { plainPerSec: count / plain, loggedPerSec: count / logged, contextPerSec: count / context, catchUp };
}

/**
 * Event-log write cost: the agents context's write (row + event in one transaction, published after commit)
 * against a plain insert of the same row in its own transaction, same database settings, same run.
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

  stop();
  contexts.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { plainPerSec: count / plain, loggedPerSec: count / logged, contextPerSec: count / context };
}

/**
 * A real headless host killed with SIGKILL in the middle of concurrent writes, four times over: every write it
 * acknowledged is in the database, the event seq has no gap, integrity_check is ok, and a window (the renderer's own
 * sync client, under Node) reconnects after each restart and ends equal to the database.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { agentsReducer } from '../../../src/renderer/src/features/agents/agentsReducer';
import { createWebSocketChannel } from '../../../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient } from '../../../src/renderer/src/sync/createSyncClient';
import type { Agent } from '../../../src/shared/contract';
import { waitFor } from '../../support/waitFor';
import { hostCredentials } from '../../support/hostCredentials';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
  let host: ChildProcess | undefined;
  afterAll(() => {
    host?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write through SIGKILLs, gapless and intact, and the window reconciles', { timeout: 180_000 }, async () => {
    execFileSync(process.execPath, ['scripts/ensureBuilt.mjs'], { stdio: 'ignore' });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const start = async () => {
      host = spawn(process.execPath, ['out/main/headless.js', '--port', String(port), '--data-dir', dataDir], { stdio: 'ignore' });
      const deadline = Date.now() + 15_000;
      while (!(await fetch(`${base}/api/health`).catch(() => undefined))?.ok) {
        if (Date.now() > deadline) throw new Error('the host did not answer within 15 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await start();
    const credentials = hostCredentials(dataDir);
    const client = createSyncClient(createWebSocketChannel(`ws://127.0.0.1:${port}/ws${credentials.query}`));
    await client.signIn('alice');
    const replica = client.watch('agents.list', {}, agentsReducer);
    const acknowledged = new Set<string>();

    for (let round = 0; round < 4; round++) {
      let killed = false;
      const writer = async (lane: number) => {
        for (let i = 0; !killed; i++) {
          const res = await fetch(`${base}/api/agents`, {
            method: 'POST',
            headers: { authorization: `Bearer ${credentials.token('acme')}`, 'content-type': 'application/json' },
            body: JSON.stringify({ hostname: `crash-${round}-${lane}-${i}` }),
          }).catch(() => undefined);
          if (res?.status === 201) acknowledged.add(((await res.json().catch(() => ({}))) as { uuid?: string }).uuid ?? '');
          else if (!killed && res) throw new Error(`write answered ${res.status}`);
        }
      };
      const lanes = Array.from({ length: 16 }, (_, lane) => writer(lane));
      await new Promise((resolve) => setTimeout(resolve, 150 + round * 100));
      killed = true;
      host!.kill('SIGKILL');
      await new Promise((resolve) => host!.once('exit', resolve));
      await Promise.all(lanes);
      acknowledged.delete('');

      const db = new Database(join(dataDir, 'switchboard.sqlite'), { readonly: true, fileMustExist: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare<[], string>('SELECT uuid FROM agents').pluck().all());
      expect([...acknowledged].filter((uuid) => !stored.has(uuid))).toEqual([]);
      const { n, low, high } = db.prepare<[], { n: number; low: number; high: number }>('SELECT count(*) AS n, min(seq) AS low, max(seq) AS high FROM events').get()!;
      expect(n).toBe(high - low + 1);
      db.close();
      await start();
    }

    const expected = ((await (await fetch(`${base}/api/agents`, { headers: { authorization: `Bearer ${credentials.token('acme')}` } })).json()) as { agents: Agent[] }).agents;
    await waitFor(() => replica.getState().status === 'live' && replica.getState().data?.length === expected.length, 'the window to reconcile', 20_000);
    expect(replica.getState().data?.map((a) => a.uuid).sort()).toEqual(expected.map((a) => a.uuid).sort());
    expect(acknowledged.size).toBeGreaterThan(50);
    replica.dispose();
    client.dispose();
  });
});

/**
 * A real headless host killed with SIGKILL in the middle of concurrent writes, four times over: every write it
 * acknowledged is in the database, the event seq has no gap, integrity_check is ok, and a window (the renderer's own
 * sync client, under Node) reconnects after each restart and ends equal to the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { agentsReducer } from '../../../src/renderer/src/features/agents/agentsReducer';
import { createWebSocketChannel } from '../../../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient } from '../../../src/renderer/src/sync/createSyncClient';
import type { Agent } from '../../../src/shared/contract';
import { hostCredentials } from '../../support/hostCredentials';
import { spawnHost, type SpawnedHost } from '../../support/spawnHost';
import { waitFor } from '../../support/waitFor';

describe('crash safety', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-crash-'));
  let host: SpawnedHost | undefined;
  afterAll(async () => {
    await host?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write through SIGKILLs, gapless and intact, and the window reconciles', { timeout: 180_000 }, async () => {
    host = await spawnHost(dataDir);
    const { base, port } = host;
    await host.start();
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
      await host.kill();
      await Promise.all(lanes);
      acknowledged.delete('');

      const db = new Database(join(dataDir, 'switchboard.sqlite'), { readonly: true, fileMustExist: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare<[], string>('SELECT uuid FROM agents').pluck().all());
      expect([...acknowledged].filter((uuid) => !stored.has(uuid))).toEqual([]);
      const { n, low, high } = db.prepare<[], { n: number; low: number; high: number }>('SELECT count(*) AS n, min(seq) AS low, max(seq) AS high FROM events').get()!;
      expect(n).toBe(high - low + 1);
      db.close();
      await host.start();
    }

    const expected = (await host.call<{ agents: Agent[] }>('acme', 'GET', '/api/agents')).json.agents;
    await waitFor(() => replica.getState().status === 'live' && replica.getState().data?.length === expected.length, 'the window to reconcile', 20_000);
    expect(replica.getState().data?.map((a) => a.uuid).sort()).toEqual(expected.map((a) => a.uuid).sort());
    expect(acknowledged.size).toBeGreaterThan(50);
    replica.dispose();
    client.dispose();
  });
});

/**
 * Property: whatever the interleaving of writes, frame deliveries, dropped connections, page reloads (cold, or warm:
 * the reloaded window prefetches what it showed), log pruning and windows that fall behind, once things settle every
 * replica equals the database, and no replica ever applied an event twice or out of order. A window's second
 * replica of the view (another reducer, as a second store would make) starts at any point, so it may share the
 * prefetched snapshot or subscribe while the first is taking it.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient, type ViewRequest } from '../../../../src/renderer/src/sync/createSyncClient';
import type { Replica } from '../../../../src/renderer/src/sync/createReplica';
import { agentsReducer } from '../../../../src/renderer/src/features/agents/agentsReducer';
import { createMemoryPair, type MemoryPair } from '../../../support/createMemoryPair';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

type Op =
  | { kind: 'register'; n: number }
  | { kind: 'toggle'; pick: number }
  | { kind: 'rename'; pick: number; n: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'deliver'; toClient: boolean; count: number }
  | { kind: 'flush' }
  | { kind: 'settle' }
  | { kind: 'drop' }
  | { kind: 'reconnect' }
  | { kind: 'reload'; warm: boolean }
  | { kind: 'watch' }
  | { kind: 'prune'; keep: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('register' as const), n: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), n: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('deliver' as const), toClient: fc.boolean(), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'flush' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'settle' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reconnect' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reload' as const), warm: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'watch' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('prune' as const), keep: fc.nat(2) }) },
);

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const normalize = (agents: Agent[] | undefined) => JSON.stringify([...(agents ?? [])].sort((a, b) => a.uuid.localeCompare(b.uuid)));

interface Window {
  pair: MemoryPair;
  client: SyncClient;
  replicas: Replica<Agent[]>[];
  connected: boolean;
  applied: number[][];
}

// The same reducer under another identity: a second replica of the view, as a second store would make.
const agentsCopy = { ...agentsReducer };

describe('reconciliation', () => {
  let core: TestCore | undefined;
  afterEach(() => core?.dispose());

  // 300 runs take a few seconds on a quiet machine; the long limit only guards against a hang on a busy one.
  it('converges every replica to the database under any interleaving', { timeout: 120_000 }, async () => {
    let nextConnection = 1;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 80, size: 'max' }), fc.boolean(), async (ops, tight) => {
        core = createTestCore(tight ? { limits: { window: 2, maxBatch: 3, maxQueued: 6 } } : {});
        const c = core;
        const watchSecond = (w: Window) => {
          if (w.replicas.length > 1) return;
          const replica = w.client.watch('agents.list', {}, agentsCopy);
          replica.subscribe((s) => w.applied[1]!.push(s.seq));
          w.replicas.push(replica);
        };
        const open = async (prefetch: readonly ViewRequest[] = [], both = false): Promise<Window> => {
          const pair = createMemoryPair();
          c.kernel.sync.connect(`w${nextConnection++}`, pair.server);
          const client = createSyncClient(pair.client, { prefetch });
          const signedIn = client.signIn('bob');
          while (!client.getState().session) {
            pair.pump();
            await tick();
          }
          await signedIn;
          const w: Window = { pair, client, replicas: [client.watch('agents.list', {}, agentsReducer)], connected: true, applied: [[], []] };
          w.replicas[0]!.subscribe((s) => w.applied[0]!.push(s.seq));
          if (both) watchSecond(w);
          return w;
        };
        let win = await open();
        const acmeAgents = () => c.agents.list('acme');
        const pick = (n: number) => {
          const list = acmeAgents();
          return list.length === 0 ? undefined : list[n % list.length];
        };
        for (const step of ops) {
          switch (step.kind) {
            case 'register':
              try {
                c.agents.register(c.acme, { hostname: `h${step.n}.acme` });
              } catch {
                /* duplicate hostname: a refused write, nothing committed */
              }
              break;
            case 'toggle': {
              const a = pick(step.pick);
              if (a) (a.enabled ? c.agents.disable : c.agents.enable)(c.acme, a.uuid);
              break;
            }
            case 'rename': {
              const a = pick(step.pick);
              try {
                if (a) c.agents.update(c.acme, { uuid: a.uuid, hostname: `r${step.n}.acme` });
              } catch {
                /* conflict */
              }
              break;
            }
            case 'delete': {
              const a = pick(step.pick);
              if (a) c.agents.remove(c.acme, a.uuid);
              break;
            }
            case 'deliver':
              for (let i = 0; i < step.count; i++) win.pair.step(step.toClient ? 1 : 0);
              break;
            case 'flush':
              await tick();
              break;
            case 'settle':
              for (let i = 0; i < 10; i++) {
                win.pair.pump();
                await tick();
              }
              break;
            case 'drop':
              if (win.connected) win.pair.drop();
              win.connected = false;
              break;
            case 'reconnect':
              if (!win.connected) c.kernel.sync.connect(`w${nextConnection++}`, win.pair.reopen());
              win.connected = true;
              break;
            case 'reload': {
              const showed = win.client.watching();
              win.replicas.forEach((replica) => replica.dispose());
              win.client.dispose();
              win = await open(step.warm ? showed : [], step.warm && win.replicas.length > 1);
              break;
            }
            case 'watch':
              watchSecond(win);
              break;
            case 'prune':
              c.kernel.log.prune(step.keep);
              break;
          }
        }
        if (!win.connected) c.kernel.sync.connect(`w${nextConnection++}`, win.pair.reopen());
        watchSecond(win);
        for (let i = 0; i < 500; i++) {
          win.pair.pump();
          await tick();
          const settled = win.pair.pending.toClient === 0 && win.pair.pending.toServer === 0;
          const current = (replica: Replica<Agent[]>) => replica.getState().status === 'live' && normalize(replica.getState().data) === normalize(acmeAgents());
          if (settled && win.client.getState().status === 'live' && win.replicas.every(current)) break;
        }
        expect(win.client.getState().status).toBe('live');
        for (const [i, replica] of win.replicas.entries()) {
          expect(replica.getState().status).toBe('live');
          expect(normalize(replica.getState().data)).toBe(normalize(acmeAgents()));
          // A replica's cursor never moves backwards while it lives (snapshots restart it from a later seq).
          expect(win.applied[i]).toEqual([...win.applied[i]!].sort((a, b) => a - b));
        }
        win.replicas.forEach((replica) => replica.dispose());
        win.client.dispose();
        expect(c.kernel.bus.subscriberCount()).toBe(0);
        c.dispose();
        core = undefined;
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED), path: process.env.PROPERTY_PATH } : {}) },
    );
  });
});

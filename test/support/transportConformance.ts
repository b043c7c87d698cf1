/**
 * The conformance suite every transport passes (after Phoenix's shared pubsub tests): sign-in, live replicas,
 * organization scoping, typed errors, resume after a dropped connection, and no leaked subscriptions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, SwitchboardError } from '../../src/shared/contract';
import { createSyncClient, type SyncClient } from '../../src/renderer/src/sync/createSyncClient';
import type { FrameChannel } from '../../src/renderer/src/sync/frameChannel';
import { agentsReducer } from '../../src/renderer/src/features/agents/agentsReducer';
import type { Kernel } from '../../src/main/kernel/createKernel';
import { SNAPSHOT_PART_ROWS } from '../../src/main/kernel/sync/sendSnapshot';
import { waitFor } from './waitFor';

export interface TransportHarness {
  kernel: Kernel;
  /** A new window: a channel connected to the kernel. */
  open(): Promise<FrameChannel>;
  /** Cuts a window's connection (`channel`, signed in as `user`); the channel reconnects as it would for real. */
  drop(channel: FrameChannel, user: string): Promise<void>;
  dispose(): Promise<void>;
}

export function transportConformance(name: string, setup: () => Promise<TransportHarness>) {
  describe(`transport conformance: ${name}`, () => {
    let harness: TransportHarness;
    const clients: SyncClient[] = [];

    const channels = new Map<SyncClient, FrameChannel>();

    async function window(user: string): Promise<SyncClient> {
      const channel = await harness.open();
      const client = createSyncClient(channel);
      channels.set(client, channel);
      clients.push(client);
      await client.signIn(user);
      return client;
    }

    async function liveAgents(client: SyncClient) {
      const replica = client.watch('agents.list', {}, agentsReducer);
      await waitFor(() => replica.getState().status === 'live', 'agents replica to go live');
      return replica;
    }

    const hostnames = (agents: Agent[] | undefined) => (agents ?? []).map((a) => a.hostname);

    beforeEach(async () => {
      harness = await setup();
    });

    afterEach(async () => {
      clients.splice(0).forEach((c) => c.dispose());
      channels.forEach((channel) => channel.dispose());
      channels.clear();
      await waitFor(() => harness.kernel.sync.connections().length === 0, 'connections to close');
      expect(harness.kernel.bus.subscriberCount()).toBe(0);
      await harness.dispose();
    });

    it('signs a window in and refuses unknown users with NOT_FOUND', async () => {
      const alice = await window('alice');
      expect(alice.getState().session).toMatchObject({ userId: 'alice', orgId: 'acme' });
      const stranger = createSyncClient(await harness.open());
      clients.push(stranger);
      await expect(stranger.signIn('mallory')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      // Refused, the window stays connected and signed out, so it can offer the sign-in screen.
      await waitFor(() => stranger.getState().status === 'live', 'the refused window to stay live');
      expect(stranger.getState().session).toBeNull();
      expect((await stranger.invoke('session.users', {})).map((u) => u.id)).toEqual(expect.arrayContaining(['alice', 'bob', 'carol']));
    });

    it('shows every window of an organization each committed change, and no other organization any', async () => {
      const [alice, bob, carol] = await Promise.all([window('alice'), window('bob'), window('carol')]);
      const [a, b, c] = await Promise.all([liveAgents(alice), liveAgents(bob), liveAgents(carol)]);
      const registered = await alice.invoke('agents.register', { hostname: 'build-77.acme' });
      await waitFor(() => hostnames(b.getState().data).includes('build-77.acme'), "bob's replica to show alice's agent");
      expect(hostnames(a.getState().data)).toContain('build-77.acme');
      await bob.invoke('agents.disable', { uuid: registered.uuid });
      await waitFor(() => a.getState().data?.find((x) => x.uuid === registered.uuid)?.enabled === false, 'alice to see the disable');
      await carol.invoke('agents.register', { hostname: 'globex-1' });
      await waitFor(() => hostnames(c.getState().data).includes('globex-1'), 'carol to see her own agent');
      expect(hostnames(c.getState().data)).not.toContain('build-77.acme');
      expect(hostnames(a.getState().data)).not.toContain('globex-1');
    });

    it('answers bad input, missing sign-in and other organizations with typed errors', async () => {
      const anonymous = createSyncClient(await harness.open());
      clients.push(anonymous);
      await waitFor(() => anonymous.getState().status === 'live', 'connection');
      await expect(anonymous.invoke('agents.register', { hostname: 'x' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      const alice = await window('alice');
      const invalid = (await alice.invoke('agents.register', { hostname: 'not a host!' }).catch((e: unknown) => e)) as SwitchboardError;
      expect(invalid.code).toBe('INVALID_INPUT');
      expect((invalid.details as { fields: Record<string, string> }).fields.hostname).toMatch(/letters, digits/);
      const carol = await window('carol');
      const theirs = await carol.invoke('agents.register', { hostname: 'globex-2' });
      await expect(alice.invoke('agents.disable', { uuid: theirs.uuid })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await alice.invoke('agents.register', { hostname: 'dup.acme' });
      await expect(alice.invoke('agents.register', { hostname: 'DUP.acme' })).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('resolves waitForSeq once the command it awaited is applied', async () => {
      const alice = await window('alice');
      const replica = await liveAgents(alice);
      const { seq } = await alice.run('agents.register', { hostname: 'awaited.acme' });
      await alice.waitForSeq(seq);
      expect(hostnames(replica.getState().data)).toContain('awaited.acme');
      expect(replica.getState().seq).toBeGreaterThanOrEqual(seq);
    });

    it('resumes after a dropped connection without losing or repeating a change made meanwhile', async () => {
      const [alice, bob] = await Promise.all([window('alice'), window('bob')]);
      const replica = await liveAgents(bob);
      const seen: number[] = [];
      replica.subscribe((s) => seen.push(s.seq));
      await harness.drop(channels.get(bob)!, 'bob');
      for (let i = 0; i < 20; i++) await alice.invoke('agents.register', { hostname: `burst-${i}.acme` });
      const burst = () => hostnames(replica.getState().data).filter((h) => h.startsWith('burst-'));
      await waitFor(() => bob.getState().status === 'live' && burst().length === 20, 'bob to resume with all 20');
      expect(burst().sort()).toEqual(Array.from({ length: 20 }, (_, i) => `burst-${i}.acme`).sort());
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
    });

    it('delivers a snapshot too big for one frame whole and in order, through parts', async () => {
      const alice = await window('alice');
      const count = SNAPSHOT_PART_ROWS + 1;
      const names = Array.from({ length: count }, (_, i) => `fleet-${String(i).padStart(5, '0')}.acme`);
      await Promise.all(names.map((hostname) => alice.invoke('agents.register', { hostname })));
      const bob = await window('bob');
      const parts: number[] = [];
      channels.get(bob)!.onFrame((frame) => void (frame.kind === 'part' && parts.push(frame.rows.length)));
      const replica = await liveAgents(bob);
      expect(parts).toEqual([SNAPSHOT_PART_ROWS]);
      expect(hostnames(replica.getState().data).filter((h) => h.startsWith('fleet-'))).toEqual(names);
    });
  });
}

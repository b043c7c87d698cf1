/**
 * The renderer's own sync client on a Switchboard host, as a latency client: signed in as bob and live on
 * `agents.list`, it tells `onApplied` of each delta's events once their batch is applied, with the time it was.
 */
import type { WireEvent } from '../../src/shared/contract';
import { agentsReducer } from '../../src/renderer/src/features/agents/agentsReducer';
import { createWebSocketChannel } from '../../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient } from '../../src/renderer/src/sync/createSyncClient';

export interface LiveAgentsClient {
  /** Resolves with the replica's seq once it reached `head`, or after `timeoutMs` anyway. */
  reach(head: number, timeoutMs?: number): Promise<number>;
  dispose(): void;
}

export async function openLiveAgentsClient(port: number, launchKey: string, onApplied: (events: readonly WireEvent[], at: number) => void): Promise<LiveAgentsClient> {
  const channel = createWebSocketChannel(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`);
  const client = createSyncClient(channel);
  await client.signIn('bob');
  const replica = client.watch('agents.list', {}, agentsReducer);
  await new Promise<void>((resolve) => {
    const stop = replica.subscribe((s) => s.status === 'live' && (stop(), resolve()));
  });
  // Registered after the client's own listener, so the batch is already applied when this runs.
  channel.onFrame((frame) => {
    if (frame.kind === 'delta') onApplied(frame.events, performance.timeOrigin + performance.now());
  });
  return {
    async reach(head, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (replica.getState().seq < head && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      return replica.getState().seq;
    },
    dispose() {
      replica.dispose();
      client.dispose();
    },
  };
}

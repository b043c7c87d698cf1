import { transportConformance } from '../support/transportConformance';
import { createMemoryPair, type MemoryPair } from '../support/createMemoryPair';
import { createTestCore } from '../support/createTestCore';
import type { FrameChannel } from '../../src/renderer/src/sync/frameChannel';

transportConformance('in-memory IPC pair', async () => {
  const core = createTestCore();
  const pairs = new Map<FrameChannel, { pair: MemoryPair; id: string }>();
  let next = 1;
  return {
    kernel: core.kernel,
    async open() {
      const pair = createMemoryPair({ auto: true });
      const id = `mem:${next++}`;
      core.kernel.sync.connect(id, pair.server);
      pairs.set(pair.client, { pair, id });
      return pair.client;
    },
    async drop(channel) {
      const entry = pairs.get(channel)!;
      entry.pair.drop();
      // Reconnect on the next turn, as a real channel's backoff would.
      setTimeout(() => {
        entry.id = `mem:${next++}`;
        core.kernel.sync.connect(entry.id, entry.pair.reopen());
      }, 20);
    },
    async dispose() {
      core.dispose();
    },
  };
});

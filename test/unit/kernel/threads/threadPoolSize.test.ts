/** The pool's default size: one thread fewer than the machine's cores, so the main thread keeps one, and never none. */
import type * as os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadPool } from '../../../../src/main/kernel/threads/createThreadPool';

const entry = new URL('./fixtures/testThread.mjs', import.meta.url);
let cores = 1;
let pool: ThreadPool<{ op: 'threadId' }, number> | undefined;

/** The distinct threads a default-sized pool uses for more runs than the cores, with `cores` reported by node:os. */
async function threadsUsedWith(reported: number): Promise<number> {
  cores = reported;
  vi.resetModules();
  vi.doMock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof os>()), availableParallelism: () => cores }));
  const { createThreadPool } = await import('../../../../src/main/kernel/threads/createThreadPool');
  pool = createThreadPool<{ op: 'threadId' }, number>(entry);
  const ids = await Promise.all(Array.from({ length: reported + 2 }, () => pool!.run({ op: 'threadId' })));
  return new Set(ids).size;
}

afterEach(() => {
  pool?.dispose();
  pool = undefined;
  vi.doUnmock('node:os');
  vi.resetModules();
});

describe('createThreadPool default size', () => {
  it('uses one thread fewer than the cores', async () => {
    expect(await threadsUsedWith(4)).toBe(3);
  });

  it('still uses one thread on a single core', async () => {
    expect(await threadsUsedWith(1)).toBe(1);
  });
});

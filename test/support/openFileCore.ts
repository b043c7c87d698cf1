/**
 * A core on a SQLite file in `dir`, composed as the app composes it, with the demo organizations: open it again on
 * the same folder to restart the host between two steps of a test.
 */
import { join } from 'node:path';
import { createContexts } from '../../src/main/app/createContexts';
import { createKernel } from '../../src/main/kernel/createKernel';

export function openFileCore(dir: string) {
  const kernel = createKernel({ file: join(dir, 'switchboard.db') });
  const contexts = createContexts(kernel);
  contexts.accounts.seedDemo();
  return { kernel, ...contexts };
}

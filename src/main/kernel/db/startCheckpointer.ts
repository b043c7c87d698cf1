/**
 * WAL checkpoints off the writer's thread. SQLite's automatic checkpoint runs inside whichever commit crosses the
 * threshold, copying pages into the database file on the main thread: a stall every few thousand writes that no
 * window should feel. Instead the writer's connection never checkpoints, and a worker thread with its own
 * connection runs PASSIVE checkpoints (they never block the writer or readers) every `intervalMs`.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './openDatabase';

const threadCode = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
setInterval(checkpoint, workerData.intervalMs);
`;

export interface Checkpointer {
  /** Stops the thread; the writer's own close checkpoints what is left. */
  stop(): void;
}

export function startCheckpointer(db: Db, file: string, intervalMs = 1000): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(threadCode, { eval: true, workerData: { driver, file, intervalMs } });
  worker.unref();
  // Should the thread ever fail, the writer's connection takes checkpoints back, so the WAL can't grow unbounded.
  worker.on('error', () => db.pragma('wal_autocheckpoint = 1000'));
  return {
    stop() {
      void worker.terminate();
    },
  };
}

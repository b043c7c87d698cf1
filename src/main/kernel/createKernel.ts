/**
 * The realtime kernel, assembled: one SQLite handle, the event log, the topic bus, the unit of work, the registry
 * contexts plug into, the sync server windows connect to, and its statistics (the `kernel.stats` view). Both the
 * Electron shell and the headless host build exactly one, through the app's composition root.
 */
import { createBus, type Bus } from './bus/createBus';
import { createLocalAdapter, type PubSubAdapter } from './bus/pubSubAdapter';
import { createWriter, type Write } from './createWriter';
import { migrate, type Migration } from './db/migrate';
import { openDatabase, type Db } from './db/openDatabase';
import { DisposableStore, toDisposable } from './disposable';
import { createEventLog, eventLogMigrations, type EventLog } from './log/createEventLog';
import { createLogger } from './logger';
import { createRegistry, type Registry } from './registry/createRegistry';
import { startCheckpointer } from './db/startCheckpointer';
import { createKernelStats, type KernelStatsRecorder } from './stats/createKernelStats';
import type { OutboxLimits } from './sync/createOutbox';
import { createSyncServer, type SyncServer } from './sync/createSyncServer';

export interface Kernel {
  readonly db: Db;
  readonly write: Write;
  readonly bus: Bus;
  readonly registry: Registry;
  readonly log: EventLog;
  readonly sync: SyncServer;
  /** The realtime machinery's statistics (every connection; views filter by organization). */
  readonly stats: KernelStatsRecorder;
  /** Applies migrations (idempotent). */
  migrate(migrations: readonly Migration[]): void;
  dispose(): void;
}

export interface KernelOptions {
  /** SQLite file path, or `:memory:` for tests. */
  file: string;
  adapter?: PubSubAdapter;
  /** Events kept in the log for resuming windows; older resumes get a fresh snapshot. */
  retainEvents?: number;
  /** Cap on the payload characters the log keeps (console output is bulky). */
  retainChars?: number;
  pruneIntervalMs?: number;
  limits?: OutboxLimits;
}

const logger = createLogger('switchboard:kernel');

export function createKernel(options: KernelOptions): Kernel {
  const store = new DisposableStore();
  const db = openDatabase(options.file);
  store.add(toDisposable(() => db.close()));
  if (options.file !== ':memory:') {
    const checkpointer = startCheckpointer(db, options.file);
    store.add(toDisposable(() => checkpointer.stop()));
  }
  migrate(db, eventLogMigrations);
  const log = createEventLog(db);
  const bus = store.add(createBus(options.adapter ?? createLocalAdapter()));
  const registry = createRegistry();
  const stats = createKernelStats(bus, log);
  // `sync` exists before any write runs; each published commit goes out at once, ahead of the statistics.
  const write = createWriter(db, log, bus, stats.committed, () => sync.flushCommitted());
  const sync = createSyncServer({ bus, log, registry, onSent: stats.sent, ...(options.limits ? { limits: options.limits } : {}) });
  // Disposed before the bus and the db, so connections release their subscriptions first.
  store.add(sync);
  // A reader sees the windows of their own organization (and so only the topics those follow), never another's.
  store.add(registry.view('kernel.stats', (_params, actor) => stats.snapshot(sync.connections().filter((c) => c.session?.orgId === actor.orgId))));

  const retain = options.retainEvents ?? 200_000;
  const retainChars = options.retainChars ?? 128 * 2 ** 20;
  const timer = setInterval(() => {
    const dropped = log.prune(retain, retainChars);
    if (dropped > 0) logger.debug(`pruned ${dropped} events`);
  }, options.pruneIntervalMs ?? 10_000);
  timer.unref();
  store.add(toDisposable(() => clearInterval(timer)));

  return {
    db,
    log,
    bus,
    write,
    registry,
    sync,
    stats,
    migrate(migrations) {
      migrate(db, migrations);
    },
    dispose() {
      store.dispose();
    },
  };
}

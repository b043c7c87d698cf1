/**
 * What a context receives from the kernel: its database handle, the unit of work, and registration calls for its
 * commands, views, topic authorizers and bus subscriptions. Everything registered through a kit is owned by the
 * kit's store, so disposing the context takes all of it out again; a context never disposes by hand.
 *
 * How contexts reach each other (STYLE.md §1): a *query* goes through a port the composition injects (jobs asks an
 * `AgentDirectory`, never `agents/agentRows`); a *reaction* goes through the bus (`kit.subscribe` to another
 * context's topic). A context never imports another context's files except its `index.ts` types.
 */
import type { CommandName, ContractFamily, LogEvent, TopicName, Topics, ViewName } from '../../../shared/contract';
import type { BusListener, SignalListener } from '../bus/createBus';
import type { Kernel } from '../createKernel';
import type { Write } from '../createWriter';
import type { Migration } from '../db/migrate';
import type { Db } from '../db/openDatabase';
import { DisposableStore, toDisposable, type Disposable } from '../disposable';
import type { CommandHandler, PublicCommandHandler, TopicAuthorizer, ViewLoader } from '../registry/createRegistry';

/** A context's handle on the kernel. */
export interface ContextKit {
  /** The context's name, as in the composition list. */
  readonly name: string;
  readonly db: Db;
  /** Writes on behalf of an actor: rows and events commit together, events publish after. */
  readonly write: Write;
  /** Applies the context's migrations (idempotent). */
  migrate(migrations: readonly Migration[]): void;
  command<N extends CommandName>(name: N, handler: CommandHandler<N>): void;
  publicCommand<N extends CommandName>(name: N, handler: PublicCommandHandler<N>): void;
  view<N extends ViewName>(name: N, loader: ViewLoader<N>): void;
  /** Who may follow the family's topics: deny by default, so every family needs one. */
  authorize<F extends ContractFamily>(family: F, authorizer: TopicAuthorizer<F>): void;
  /** Reacts to committed events on a topic (another context's, through the bus). */
  subscribe<T extends TopicName>(topic: T, listener: BusListener<T>): void;
  /** Reacts to committed events on every topic of a family (another context's, through the bus). */
  subscribeFamily<F extends ContractFamily>(family: F, listener: (event: LogEvent, params: Record<string, string>) => void): void;
  /** A push to the windows following `topic`: live only, never logged (transient notifications, toasts, flashes). */
  push<T extends TopicName>(topic: T, event: Topics[T]): void;
  /** Keeps every event of `family` in the audit trail (never pruned, with its actor): "what changed?" and replay. */
  audit<F extends ContractFamily>(family: F): void;
  auditTrail(topic: TopicName): LogEvent[];
  /** A main-only signal: never logged, never sent to a window. */
  signal<T extends TopicName>(topic: T, event: Topics[T]): void;
  onSignal<T extends TopicName>(topic: T, listener: SignalListener<T>): void;
  /** Anything else the context must release (timers, listeners on a port), disposed with it. */
  own<T extends Disposable>(disposable: T): T;
}

/** A kit and the store that owns what it registered. */
export interface OwnedKit {
  readonly kit: ContextKit;
  readonly store: DisposableStore;
}

export function createContextKit(kernel: Kernel, name: string): OwnedKit {
  const store = new DisposableStore();
  const { registry, bus } = kernel;
  const kit: ContextKit = {
    name,
    db: kernel.db,
    write: kernel.write,
    migrate: (migrations) => kernel.migrate(migrations),
    command: (command, handler) => void store.add(registry.command(command, handler)),
    publicCommand: (command, handler) => void store.add(registry.publicCommand(command, handler)),
    view: (view, loader) => void store.add(registry.view(view, loader)),
    authorize: (family, authorizer) => void store.add(registry.authorizeTopics(family, authorizer)),
    subscribe: (topic, listener) => void store.add(toDisposable(bus.subscribe(topic, listener))),
    subscribeFamily: (family, listener) =>
      void store.add(
        toDisposable(
          bus.subscribeAll((event) => {
            const params = family.match(event.topic);
            if (params) listener(event, params);
          }),
        ),
      ),
    push: (topic, event) => bus.push(topic, event),
    audit: (family) => void store.add(toDisposable(kernel.log.audit(family))),
    auditTrail: (topic) => kernel.log.auditTrail(topic),
    signal: (topic, event) => bus.signal(topic, event),
    onSignal: (topic, listener) => void store.add(toDisposable(bus.onSignal(topic, listener))),
    own: (disposable) => store.add(disposable),
  };
  return { kit, store };
}

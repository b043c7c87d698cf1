/**
 * Where contexts plug their behaviour into the kernel: command handlers, view loaders and topic authorizers.
 * The registry validates every input against the contract before a handler sees it, and refuses what the actor
 * may not use. Transports and the sync server call it; they never import a context.
 */
import type { z } from 'zod';
import {
  ForbiddenError,
  InvalidInputError,
  ProtocolError,
  UnauthenticatedError,
  commandSpecs,
  findTopicFamily,
  viewSpecs,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type Session,
  type TopicFamily,
  type ViewData,
  type ViewName,
  type ViewParams,
} from '../../../shared/contract';
import type { Actor } from '../actor';
import { toDisposable, type Disposable } from '../disposable';
import { invalidInputFrom } from './invalidInputFrom';

export interface CommandContext {
  /** Null only for public commands run before sign-in. */
  readonly actor: Actor | null;
  /** Present when the command came over a window connection: binds it to a user. */
  readonly bindSession?: (session: Session) => void;
}

export type CommandHandler<N extends CommandName> = (
  input: CommandInput<N>,
  context: CommandContext & { actor: Actor },
) => CommandOutput<N> | Promise<CommandOutput<N>>;
export type PublicCommandHandler<N extends CommandName> = (
  input: CommandInput<N>,
  context: CommandContext,
) => CommandOutput<N> | Promise<CommandOutput<N>>;
export type ViewLoader<N extends ViewName> = (params: ViewParams<N>, actor: Actor) => ViewData<N>;
export type TopicAuthorizer = (actor: Actor, params: Record<string, string>) => boolean;

/** The kernel's table of what each context handles. */
export interface Registry {
  command<N extends CommandName>(name: N, handler: CommandHandler<N>): Disposable;
  publicCommand<N extends CommandName>(name: N, handler: PublicCommandHandler<N>): Disposable;
  view<N extends ViewName>(name: N, loader: ViewLoader<N>): Disposable;
  authorizeTopics(family: TopicFamily, authorizer: TopicAuthorizer): Disposable;

  /** Validates and runs a command. Throws typed errors. */
  run(name: string, input: unknown, context: CommandContext): Promise<unknown>;
  /** Validates params, checks the view's topics are the actor's, loads the data. */
  load(name: string, params: unknown, actor: Actor | null): { data: unknown; topics: string[] };
  /** Throws unless `actor` may subscribe to `topic`. */
  authorize(actor: Actor | null, topic: string): void;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInputFrom(result.error, what);
  return result.data;
}

class RegistryImpl implements Registry {
  #commands = new Map<string, { handler: PublicCommandHandler<CommandName>; public: boolean }>();
  #views = new Map<string, ViewLoader<ViewName>>();
  #authorizers = new Map<TopicFamily, TopicAuthorizer>();

  command<N extends CommandName>(name: N, handler: CommandHandler<N>): Disposable {
    return this.#addCommand(name, handler as unknown as PublicCommandHandler<CommandName>, false);
  }

  publicCommand<N extends CommandName>(name: N, handler: PublicCommandHandler<N>): Disposable {
    if (!commandSpecs[name].public) throw new Error(`${name} is not declared public in the contract`);
    return this.#addCommand(name, handler as unknown as PublicCommandHandler<CommandName>, true);
  }

  view<N extends ViewName>(name: N, loader: ViewLoader<N>): Disposable {
    if (this.#views.has(name)) throw new Error(`View ${name} is registered twice`);
    this.#views.set(name, loader as unknown as ViewLoader<ViewName>);
    return toDisposable(() => this.#views.delete(name));
  }

  authorizeTopics(family: TopicFamily, authorizer: TopicAuthorizer): Disposable {
    if (this.#authorizers.has(family)) throw new Error(`Topics ${family.template} have an authorizer already`);
    this.#authorizers.set(family, authorizer);
    return toDisposable(() => this.#authorizers.delete(family));
  }

  async run(name: string, input: unknown, context: CommandContext): Promise<unknown> {
    const spec = commandSpecs[name as CommandName];
    const entry = this.#commands.get(name);
    if (!spec) throw new ProtocolError(`Unknown command "${name}"`);
    if (!entry) throw new Error(`Command ${name} is in the contract but no context registered a handler for it`);
    if (!spec.public && !context.actor) throw new UnauthenticatedError(`Sign in before running ${name}`);
    const parsed = parse(spec.input, input ?? {}, name);
    return entry.handler(parsed as never, context);
  }

  load(name: string, params: unknown, actor: Actor | null): { data: unknown; topics: string[] } {
    const spec = viewSpecs[name as ViewName];
    if (!spec) throw new ProtocolError(`Unknown view "${name}"`);
    const loader = this.#views.get(name);
    if (!loader) throw new Error(`View ${name} is in the contract but no context registered a loader for it`);
    if (!actor) throw new UnauthenticatedError(`Sign in before loading ${name}`);
    const parsed = parse(spec.params, params ?? {}, name);
    // A window's view must be one it may also follow live; API callers read once and follow nothing.
    const topics = actor.kind === 'user' ? spec.topics(actor.session, parsed) : [];
    // Loaders scope by the actor and answer NOT_FOUND for what it can't see; topics are checked before data leaves.
    const data = loader(parsed as never, actor);
    for (const topic of topics) this.authorize(actor, topic);
    return { data, topics };
  }

  authorize(actor: Actor | null, topic: string): void {
    if (!actor) throw new UnauthenticatedError(`Sign in before subscribing to ${topic}`);
    const found = findTopicFamily(topic);
    if (!found) throw new InvalidInputError(`Unknown topic "${topic}"`);
    const authorizer = this.#authorizers.get(found.family);
    // Deny by default: a topic family nobody vouched for is nobody's to read.
    if (!authorizer || !authorizer(actor, found.params)) throw new ForbiddenError(`Not allowed to subscribe to ${topic}`);
  }

  #addCommand(name: string, handler: PublicCommandHandler<CommandName>, isPublic: boolean): Disposable {
    if (!commandSpecs[name as CommandName]) throw new Error(`Command ${name} is not in the contract`);
    if (this.#commands.has(name)) throw new Error(`Command ${name} is registered twice`);
    this.#commands.set(name, { handler, public: isPublic });
    return toDisposable(() => this.#commands.delete(name));
  }
}

export function createRegistry(): Registry {
  return new RegistryImpl();
}

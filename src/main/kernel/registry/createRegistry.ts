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
  domainOf,
  findTopicFamily,
  topicFamilies,
  viewSpecs,
  type AnyCommandSpec,
  type AnyViewSpec,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  type ContractFamily,
  type ParamsOf,
  type Session,
  type TopicName,
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
/** Decides whether `actor` may follow a topic of family `F`, given the topic's params. */
export type TopicAuthorizer<F extends ContractFamily = ContractFamily> = (actor: Actor, params: Record<ParamsOf<F['template']>, string>) => boolean;

/** The kernel's table of what each context handles. */
export interface Registry {
  command<N extends CommandName>(name: N, handler: CommandHandler<N>): Disposable;
  publicCommand<N extends CommandName>(name: N, handler: PublicCommandHandler<N>): Disposable;
  view<N extends ViewName>(name: N, loader: ViewLoader<N>): Disposable;
  authorizeTopics<F extends ContractFamily>(family: F, authorizer: TopicAuthorizer<F>): Disposable;

  /** Validates and runs a command. Throws typed errors. */
  run(name: string, input: unknown, context: CommandContext): Promise<unknown>;
  /** Validates params, checks the view's topics are the actor's, loads the data. */
  load(name: string, params: unknown, actor: Actor | null): { data: unknown; topics: string[] };
  /** Throws unless `actor` may subscribe to `topic`; returns it as the topic it is. */
  authorize(actor: Actor | null, topic: string): TopicName;
  /** What the contract declares that no context registered, each with how to fix it (empty when complete). */
  missing(): string[];
}

// The registry is looked up by names that arrive as strings over the wire: own properties only, so `constructor`
// or `toString` is an unknown name, not Object.prototype's.
const own = <T>(table: Readonly<Record<string, T>>, name: string): T | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);
const commands: Readonly<Record<string, AnyCommandSpec>> = commandSpecs;
const views: Readonly<Record<string, AnyViewSpec>> = viewSpecs;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInputFrom(result.error, what);
  return result.data;
}

type AnyHandler = (input: unknown, context: CommandContext) => unknown;
type AnyLoader = (params: unknown, actor: Actor) => unknown;
type AnyAuthorizer = (actor: Actor, params: Record<string, string>) => boolean;

class RegistryImpl implements Registry {
  #commands = new Map<string, AnyHandler>();
  #views = new Map<string, AnyLoader>();
  #authorizers = new Map<string, AnyAuthorizer>();

  command<N extends CommandName>(name: N, handler: CommandHandler<N>): Disposable {
    // The registry checks the actor before it calls a non-public handler, so the handler always gets one.
    return this.#add(this.#commands, 'Command', name, handler as AnyHandler);
  }

  publicCommand<N extends CommandName>(name: N, handler: PublicCommandHandler<N>): Disposable {
    if (!commandSpecs[name].public) throw new Error(`${name} is not declared public in the contract`);
    return this.#add(this.#commands, 'Command', name, handler as AnyHandler);
  }

  view<N extends ViewName>(name: N, loader: ViewLoader<N>): Disposable {
    return this.#add(this.#views, 'View', name, loader as AnyLoader);
  }

  authorizeTopics<F extends ContractFamily>(family: F, authorizer: TopicAuthorizer<F>): Disposable {
    if (!topicFamilies.includes(family)) {
      throw new Error(
        `Topics ${family.template} are authorized but not in the contract: add the family to its domain's topics (src/shared/contract/<domain>.ts) and the domain to src/shared/contract/domains.ts`,
      );
    }
    // `findTopicFamily` hands the authorizer exactly the params of this family's template.
    return this.#add(this.#authorizers, 'Topics', family.template, authorizer as AnyAuthorizer);
  }

  async run(name: string, input: unknown, context: CommandContext): Promise<unknown> {
    const spec = own(commands, name);
    if (!spec) throw new ProtocolError(`Unknown command "${name}"`);
    const handler = this.#commands.get(name);
    if (!handler) throw new Error(`Command ${name} is in the contract but no context registered a handler for it`);
    if (!spec.public && !context.actor) throw new UnauthenticatedError(`Sign in before running ${name}`);
    return handler(parse(spec.input, input ?? {}, name), context);
  }

  load(name: string, params: unknown, actor: Actor | null): { data: unknown; topics: string[] } {
    const spec = own(views, name);
    if (!spec) throw new ProtocolError(`Unknown view "${name}"`);
    const loader = this.#views.get(name);
    if (!loader) throw new Error(`View ${name} is in the contract but no context registered a loader for it`);
    if (!actor) throw new UnauthenticatedError(`Sign in before loading ${name}`);
    const parsed = parse(spec.params, params ?? {}, name);
    // A window's view must be one it may also follow live; API callers read once and follow nothing.
    const topics = actor.kind === 'user' ? spec.topics(actor.session, parsed) : [];
    // Loaders scope by the actor and answer NOT_FOUND for what it can't see; topics are checked before data leaves.
    const data = loader(parsed, actor);
    for (const topic of topics) this.authorize(actor, topic);
    return { data, topics };
  }

  authorize(actor: Actor | null, topic: string): TopicName {
    if (!actor) throw new UnauthenticatedError(`Sign in before subscribing to ${topic}`);
    const found = findTopicFamily(topic);
    if (!found) throw new InvalidInputError(`Unknown topic "${topic}"`);
    const authorizer = this.#authorizers.get(found.family.template);
    // Deny by default: a topic family nobody vouched for is nobody's to read.
    if (!authorizer || !authorizer(actor, found.params)) throw new ForbiddenError(`Not allowed to subscribe to ${topic}`);
    // It matched a family of the contract, so it is one of the contract's topics.
    return topic as TopicName;
  }

  missing(): string[] {
    const where = (kind: 'command' | 'view', name: string) => `src/shared/contract/${domainOf(kind, name) ?? '?'}.ts`;
    return [
      ...Object.keys(commands)
        .filter((name) => !this.#commands.has(name))
        .map((name) => `command ${name} (declared in ${where('command', name)}): register it with kit.command('${name}', …) in its context`),
      ...Object.keys(views)
        .filter((name) => !this.#views.has(name))
        .map((name) => `view ${name} (declared in ${where('view', name)}): register it with kit.view('${name}', …) in its context`),
      ...topicFamilies
        .filter((family) => !this.#authorizers.has(family.template))
        .map((family) => `topics ${family.template}: authorize them with kit.authorize(…) in their context, or no window may follow them`),
    ];
  }

  #add<H>(table: Map<string, H>, what: string, name: string, handler: H): Disposable {
    if (what !== 'Topics' && !(what === 'Command' ? own(commands, name) : own(views, name))) throw new Error(`${what} ${name} is not in the contract`);
    if (table.has(name)) throw new Error(`${what} ${name} is registered twice`);
    table.set(name, handler);
    return toDisposable(() => table.delete(name));
  }
}

export function createRegistry(): Registry {
  return new RegistryImpl();
}

/**
 * The one list of contract domains, and everything derived from it: the `Topics`, `Commands` and `Views` maps the
 * bus, transports, contexts and stores are typed by, and the runtime lists the registry and the sync client check
 * against. A domain left out of `domains` is unknown to every type: its context's `kit.command(…)` does not compile.
 */
import { aboutDomain } from './about';
import { agentsDomain } from './agents';
import { campaignsDomain } from './campaigns';
import { casesDomain } from './cases';
import type { AnyCommandSpec, CommandSpec, CommandsOf } from './commands';
import type { ActorRef } from './actors';
import type { Domain } from './domain';
import type { RestRoute } from './rest';
import { jobsDomain } from './jobs';
import { kernelDomain } from './kernel';
import { notificationsDomain } from './notifications';
import { presenceDomain } from './presence';
import { queueDomain } from './queue';
import { sessionDomain } from './session';
import { workflowsDomain } from './workflows';
import type { AnyTopicFamily, FamilyEvent, TopicOf } from './topics';
import type { AnyViewSpec, ViewSpec, ViewsOf } from './views';

/** Add a new domain here (and nowhere else in the contract). */
export const domains = [kernelDomain, aboutDomain, sessionDomain, agentsDomain, presenceDomain, jobsDomain, queueDomain, workflowsDomain, casesDomain, notificationsDomain, campaignsDomain] as const;

type AllDomains = (typeof domains)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every topic family of every domain. */
export type ContractFamily = AllDomains extends infer D ? (D extends Domain ? D['topics'][keyof D['topics']] : never) : never;
/** Maps each topic pattern (`` `agents:updates:${string}` ``) to the union of events published on it. */
export type Topics = { [F in ContractFamily as TopicOf<F['template']>]: FamilyEvent<F> };
export type TopicName = keyof Topics & string;

/** Maps a command name to `{ input, output }`. */
export type Commands = UnionToIntersection<AllDomains extends infer D ? (D extends Domain ? CommandsOf<D['commands']> : never) : never>;
export type CommandName = keyof Commands & string;
export type CommandInput<N extends CommandName> = Commands[N] extends { input: infer I } ? I : never;
export type CommandOutput<N extends CommandName> = Commands[N] extends { output: infer O } ? O : never;

/** Maps a view name to `{ params, data, topic }`. */
export type Views = UnionToIntersection<AllDomains extends infer D ? (D extends Domain ? ViewsOf<D['views']> : never) : never>;
export type ViewName = keyof Views & string;
export type ViewParams<N extends ViewName> = Views[N] extends { params: infer P } ? P : never;
export type ViewData<N extends ViewName> = Views[N] extends { data: infer D } ? D : never;
/** The topics a view follows, as their patterns. */
export type ViewTopic<N extends ViewName> = Views[N] extends { topic: infer T extends string } ? T : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The events of the family whose topics are exactly `T` (a topic pattern). */
export type EventOfTopic<T> = ContractFamily extends infer F
  ? F extends AnyTopicFamily
    ? Same<T, TopicOf<F['template']>> extends true
      ? FamilyEvent<F>
      : never
    : never
  : never;
/** The events that keep view `N` current: those of the families of its topics. */
export type ViewEvent<N extends ViewName> = ViewTopic<N> extends infer T ? (T extends string ? EventOfTopic<T> : never) : never;

/** Merges the domains' records, refusing a name declared twice (the message names both domains). */
function merge<S>(what: string, pick: (domain: Domain) => Record<string, S>): Record<string, S> {
  const merged: Record<string, S> = {};
  const owner: Record<string, string> = {};
  for (const domain of domains) {
    for (const [name, spec] of Object.entries(pick(domain))) {
      if (owner[name]) throw new Error(`${what} ${name} is declared by both the ${owner[name]} and the ${domain.name} domains: rename one`);
      owner[name] = domain.name;
      merged[name] = spec;
    }
  }
  return merged;
}

/** Every topic family, in domain order. */
export const topicFamilies: readonly ContractFamily[] = domains.flatMap((domain): ContractFamily[] => Object.values(domain.topics));

// Two families whose templates differ only in param names would claim the same topics.
const shapes = new Map<string, string>();
for (const family of topicFamilies) {
  const shape = family.template.replace(/\{\w+\}/g, '{}');
  const other = shapes.get(shape);
  if (other) throw new Error(`Topic families ${other} and ${family.template} claim the same topics: give one another prefix`);
  shapes.set(shape, family.template);
}

/** Every REST route, in domain order. */
export const restRoutes: readonly RestRoute[] = domains.flatMap((domain) => domain.rest);
merge('REST route', (domain) => Object.fromEntries(domain.rest.map((route) => [`${route.method} ${route.path}`, route])));

/** Every command spec by name; the types come from `Commands`. */
export const commandSpecs = merge<AnyCommandSpec>('Command', (d) => d.commands) as {
  readonly [N in CommandName]: CommandSpec<CommandInput<N>, CommandOutput<N>>;
};

/** Every view spec by name; the types come from `Views`. */
export const viewSpecs = merge<AnyViewSpec>('View', (d) => d.views) as {
  readonly [N in ViewName]: ViewSpec<ViewParams<N>, ViewData<N>, ViewTopic<N>>;
};

/** Where a view, command or topic family is declared, for boot-time messages that name the fix. */
export function domainOf(kind: 'command' | 'view', name: string): string | undefined {
  return domains.find((d) => Object.hasOwn(kind === 'command' ? d.commands : d.views, name))?.name;
}

type FoundFamily = { readonly family: ContractFamily; readonly params: Readonly<Record<string, string>> };

// A process follows a handful of topics and each carries many events: each topic's family is matched once, not
// against every family's pattern per event. Bounded (oldest first), for a host or window that runs for days.
const MAX_REMEMBERED_TOPICS = 4096;
const foundFamilies = new Map<string, FoundFamily | null>();

/** The family a topic belongs to, or undefined for a topic nobody declared. */
export function findTopicFamily(topic: string): FoundFamily | undefined {
  let found = foundFamilies.get(topic);
  if (found === undefined) {
    found = null;
    for (const family of topicFamilies) {
      const params = family.match(topic);
      if (params) {
        found = { family, params: Object.freeze(params) };
        break;
      }
    }
    if (foundFamilies.size >= MAX_REMEMBERED_TOPICS) foundFamilies.delete(foundFamilies.keys().next().value!);
    foundFamilies.set(topic, found);
  }
  return found ?? undefined;
}

/**
 * An event after it committed: the log's global seq, its topic, who caused it and its payload's size in JSON
 * characters (outboxes bound their bytes by it). Main-side only; windows get `WireEvent`.
 */
export type LogEvent<T extends TopicName = TopicName> = {
  seq: number;
  topic: T;
  actor: ActorRef;
  size: number;
  /** When it committed (epoch ms). */
  at: number;
  /** The organization an event of an organization-scoped family belongs to. */
  scope?: string;
} & Topics[T];

/** The topics of organization-scoped families: every event written on one names its organization. */
export type ScopedTopicName = ContractFamily extends infer F ? (F extends { scope: 'org'; template: infer T extends string } ? TopicOf<T> : never) : never;

/** Topic strings whose events the kernel delivers only within their organization. */
export const scopedTopics: ReadonlySet<string> = new Set(topicFamilies.filter((f) => 'scope' in f && f.scope === 'org').map((f) => f.template));

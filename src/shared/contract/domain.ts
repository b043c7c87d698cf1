/**
 * A contract domain: one declaration of a context's topic families, commands and views. Every type the bus,
 * transports, contexts and stores use is inferred from it, once it is in the list in `domains.ts`.
 */
import type { AnyCommandSpec } from './commands';
import type { RestRoute } from './rest';
import type { AnyTopicFamily } from './topics';
import type { AnyViewSpec } from './views';

export interface Domain<
  Name extends string = string,
  T extends Record<string, AnyTopicFamily> = Record<string, AnyTopicFamily>,
  C extends Record<string, AnyCommandSpec> = Record<string, AnyCommandSpec>,
  V extends Record<string, AnyViewSpec> = Record<string, AnyViewSpec>,
> {
  readonly name: Name;
  readonly topics: T;
  readonly commands: C;
  readonly views: V;
  /** The REST API's routes onto this domain's commands and views. */
  readonly rest: readonly RestRoute[];
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a domain may declare no topics, commands or views
type None = {};

export function defineDomain<
  const Name extends string,
  const T extends Record<string, AnyTopicFamily> = None,
  const C extends Record<string, AnyCommandSpec> = None,
  const V extends Record<string, AnyViewSpec> = None,
>(domain: {
  name: Name;
  topics?: T;
  commands?: C;
  views?: V;
  rest?: readonly RestRoute<keyof C & string, keyof V & string>[];
}): Domain<Name, T, C, V> {
  return {
    name: domain.name,
    rest: domain.rest ?? [],
    topics: domain.topics ?? ({} as T),
    commands: domain.commands ?? ({} as C),
    views: domain.views ?? ({} as V),
  };
}

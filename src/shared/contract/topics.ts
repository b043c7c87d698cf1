/**
 * Topic families, declared once: `topicFamily('agents:updates:{org}', { agent_registered: schema, … })` gives the
 * template as a literal type, `build()` returns `` `agents:updates:${string}` ``, and the family's event union is
 * inferred from its zod schemas. Domain files declare families; `domains.ts` merges them into `Topics`.
 * Topics follow the seeds: `prefix:event[:id]` (`agents:updates:<org>`, `user:<id>:notifications`).
 */
import { z } from 'zod';

/** One event as published on a topic: `type` discriminates `payload`. */
export interface TopicEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

/** The topic strings of a template: `user:{user}:notifications` → `` `user:${string}:notifications` ``. */
export type TopicOf<T extends string> = T extends `${infer Head}{${string}}${infer Rest}` ? `${Head}${string}${TopicOf<Rest>}` : T;
/** The param names of a template: `user:{user}:x:{id}` → `'user' | 'id'`. */
export type ParamsOf<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | ParamsOf<Rest> : never;

/** The `{ type, payload }` union of a record of payload schemas. */
export type EventsOf<S extends Record<string, z.ZodType>> = { [K in keyof S & string]: { type: K; payload: z.infer<S[K]> } }[keyof S & string];

/** The runtime half of a topic family: how to build, recognise and validate its topics. */
export interface TopicFamily<Template extends string = string, Event extends TopicEvent = TopicEvent> {
  /** e.g. `agents:updates:{org}` */
  readonly template: Template;
  readonly params: readonly ParamsOf<Template>[];
  build(params: Record<ParamsOf<Template>, string>): TopicOf<Template>;
  /** The params of `topic`, or null when the topic is not of this family. */
  match(topic: string): Record<string, string> | null;
  /** Validates `{ type, payload }` of an event on this family. */
  readonly event: z.ZodType<Event>;
}

/** Any family, whatever its template and events. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- `build`'s params are contravariant
export type AnyTopicFamily = TopicFamily<any, TopicEvent>;

/** The events a family carries. */
export type FamilyEvent<F> = F extends TopicFamily<string, infer E> ? E : never;

/**
 * A family whose one topic every organization shares by name (the seed's `case:created`), while each event belongs
 * to one organization: the writer names it with each event and the kernel delivers an event only to windows of that
 * organization, live and on replay.
 */
export type OrgScopedFamily<Template extends string = string, Event extends TopicEvent = TopicEvent> = TopicFamily<Template, Event> & {
  readonly scope: 'org';
};

const idPattern = '([A-Za-z0-9_.-]{1,128})';
const idOnly = new RegExp(`^${idPattern}$`);

/**
 * Declares a topic family from a template such as `user:{user}:notifications` and its events' payload schemas.
 * Params match letters, digits, `_`, `.` and `-` (never `:`), so families of different shapes never overlap.
 */
export function topicFamily<const Template extends string, const S extends Record<string, z.ZodType>>(
  template: Template,
  payloads: S,
): TopicFamily<Template, EventsOf<S>> {
  const params: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    params.push(name);
    return idPattern;
  });
  const regex = new RegExp(`^${source}$`);
  // Every committed event is matched against each family a context follows: most are another family's, and the
  // text before the first param turns them away without the regex.
  const prefix = template.split('{')[0]!;
  return {
    template,
    params: params as ParamsOf<Template>[],
    event: eventUnion(payloads),
    build(values) {
      const lookup: Record<string, string> = values;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = lookup[name];
        if (value === undefined || !idOnly.test(value)) throw new Error(`invalid topic param ${name}=${value} for ${template}`);
        return value;
      }) as TopicOf<Template>;
    },
    match(topic) {
      const m = topic.startsWith(prefix) ? regex.exec(topic) : null;
      if (!m) return null;
      const values: Record<string, string> = {};
      params.forEach((name, i) => (values[name] = m[i + 1]!));
      return values;
    },
  };
}

/** A `{ type, payload }` discriminated union schema from a record of payload schemas. */
function eventUnion<S extends Record<string, z.ZodType>>(payloads: S): z.ZodType<EventsOf<S>> {
  const members = Object.entries(payloads).map(([type, payload]) => z.object({ type: z.literal(type), payload }));
  const [first, ...rest] = members;
  if (!first) throw new Error('a topic family needs at least one event');
  // zod's own types cannot follow a union built from a record; the schema checks exactly `EventsOf<S>`.
  return z.discriminatedUnion('type', [first, ...rest]) as unknown as z.ZodType<EventsOf<S>>;
}

/** Declares an organization-scoped family (`OrgScopedFamily`): a template without params, every event scoped. */
export function orgScopedTopic<const Template extends string, const S extends Record<string, z.ZodType>>(
  template: ParamsOf<Template> extends never ? Template : never,
  payloads: S,
): OrgScopedFamily<Template, EventsOf<S>> {
  return { ...topicFamily(template, payloads), scope: 'org' };
}

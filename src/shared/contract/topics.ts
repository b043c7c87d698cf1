/**
 * The topic map: every topic string and the events it carries, declared once.
 * Domain contract files add their families by declaration merging on `Topics`; bus, transports and stores are
 * generic over `TopicName`. Topics follow the seeds: `prefix:event[:id]` (`agents:updates:<org>`, `user:<id>:notifications`).
 */
import { z } from 'zod';

/** Maps a topic string pattern to the union of events published on it. Extended by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Topics {}

export type TopicName = keyof Topics & string;

/** One event as published on a topic: `type` discriminates `payload`. */
export interface TopicEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

/** An event after it committed: the log's global sequence number and its topic. */
export type LogEvent<T extends TopicName = TopicName> = { seq: number; topic: T } & Topics[T];

/** The runtime half of a topic family: how to build, recognise and validate its topics. */
export interface TopicFamily<Params extends string = string> {
  /** e.g. `agents:updates:{org}` */
  readonly template: string;
  readonly params: readonly Params[];
  build(params: Record<Params, string>): string;
  /** The params of `topic`, or null when the topic is not of this family. */
  match(topic: string): Record<Params, string> | null;
  /** Validates `{ type, payload }` of an event on this family. */
  readonly event: z.ZodType<TopicEvent>;
}

const idPattern = '([A-Za-z0-9_.-]{1,128})';

/** Declares a topic family from a template such as `user:{user}:notifications`. */
export function topicFamily<const Params extends string>(
  template: string,
  params: readonly Params[],
  event: z.ZodType<TopicEvent>,
): TopicFamily<Params> {
  const order: Params[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!params.includes(name as Params)) throw new Error(`topic template ${template} names unknown param ${name}`);
    order.push(name as Params);
    return idPattern;
  });
  const regex = new RegExp(`^${source}$`);
  return {
    template,
    params,
    event,
    build(values) {
      return template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = values[name as Params];
        if (!new RegExp(`^${idPattern}$`).test(value)) throw new Error(`invalid topic param ${name}=${value}`);
        return value;
      });
    },
    match(topic) {
      const m = regex.exec(topic);
      if (!m) return null;
      const out = {} as Record<Params, string>;
      order.forEach((name, i) => (out[name] = m[i + 1]!));
      return out;
    },
  };
}

/** Helper for building a `{ type, payload }` union schema from a record of payload schemas. */
export function eventUnion<const S extends Record<string, z.ZodType>>(payloads: S) {
  const members = Object.entries(payloads).map(([type, payload]) =>
    z.object({ type: z.literal(type), payload }),
  );
  return z.discriminatedUnion('type', members as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<
    { [K in keyof S & string]: { type: K; payload: z.infer<S[K]> } }[keyof S & string]
  >;
}

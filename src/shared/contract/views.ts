/**
 * View specs: every snapshot a window may pull, its params, its data and the topics whose events keep it current.
 * `topics` lives in the contract because both sides need it: main authorizes and replays, the renderer subscribes.
 * Domain files declare theirs with `viewSpec`; `domains.ts` merges them into `Views`.
 */
import type { z } from 'zod';
import type { Session } from './session';

export interface ViewSpec<P = unknown, D = unknown, T extends string = string> {
  readonly params: z.ZodType<P>;
  readonly data: z.ZodType<D>;
  /** The topics whose events, applied in seq order after the snapshot, keep this view current. */
  topics(session: Session, params: P): T[];
}

/** A view read once (the REST API's detail routes): no topic keeps it current. */
export function viewSpec<P, D>(params: z.ZodType<P>, data: z.ZodType<D>): ViewSpec<P, D, never>;
/** A live view: `topics` names the topics (built by their families) whose events keep it current. */
export function viewSpec<P, D, const T extends string>(
  params: z.ZodType<P>,
  data: z.ZodType<D>,
  topics: (session: Session, params: P) => T[],
): ViewSpec<P, D, T>;
export function viewSpec<P, D, T extends string>(
  params: z.ZodType<P>,
  data: z.ZodType<D>,
  topics?: (session: Session, params: P) => T[],
): ViewSpec<P, D, T> {
  return { params, data, topics: topics ?? (() => []) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are contravariant in `topics`
export type AnyViewSpec = ViewSpec<any, unknown, string>;

/** A record of specs as `{ params, data, topic }` types. */
export type ViewsOf<S> = {
  [K in keyof S]: S[K] extends ViewSpec<infer P, infer D, infer T> ? { params: P; data: D; topic: T } : never;
};

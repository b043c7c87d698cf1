/**
 * The view map: every snapshot a window may pull, its params, its data and the topics whose events keep it current.
 * `topics` lives in the contract because both sides need it: main authorizes and replays, the renderer subscribes.
 */
import type { z } from 'zod';
import type { Session } from './session';
import type { TopicName } from './topics';

/** Maps a view name to `{ params, data }`. Extended by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Views {}

export type ViewName = keyof Views & string;
export type ViewParams<N extends ViewName> = Views[N] extends { params: infer P } ? P : never;
export type ViewData<N extends ViewName> = Views[N] extends { data: infer D } ? D : never;

export interface ViewSpec<P = unknown, D = unknown> {
  readonly params: z.ZodType<P>;
  readonly data: z.ZodType<D>;
  /** The topics whose events, applied in seq order after the snapshot, keep this view current. */
  topics(session: Session, params: P): TopicName[];
}

export function viewSpec<P, D>(
  params: z.ZodType<P>,
  data: z.ZodType<D>,
  topics: (session: Session, params: P) => TopicName[],
): ViewSpec<P, D> {
  return { params, data, topics };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- params are contravariant in `topics`
export type AnyViewSpec = ViewSpec<any, unknown>;

export type ViewsOf<S extends Record<string, AnyViewSpec>> = {
  [K in keyof S]: S[K] extends ViewSpec<infer P, infer D> ? { params: P; data: D } : never;
};

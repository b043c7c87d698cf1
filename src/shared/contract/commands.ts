/**
 * Command specs: the input and output of every command a window or the REST API may invoke, checked at every
 * process boundary. Domain files declare theirs with `commandSpec`; `domains.ts` merges them into `Commands`.
 */
import type { z } from 'zod';

/** The runtime half of a command: schemas checked at every process boundary. */
export interface CommandSpec<I = unknown, O = unknown> {
  readonly input: z.ZodType<I>;
  readonly output: z.ZodType<O>;
  /** Commands that may run before a window has signed in (listing users, signing in). */
  readonly public: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec of any input or output
export type AnyCommandSpec = CommandSpec<any, any>;

export function commandSpec<I, O>(input: z.ZodType<I>, output: z.ZodType<O>, options?: { public?: boolean }): CommandSpec<I, O> {
  return { input, output, public: options?.public ?? false };
}

/** A record of specs as `{ input, output }` types. */
export type CommandsOf<S> = {
  [K in keyof S]: S[K] extends CommandSpec<infer I, infer O> ? { input: I; output: O } : never;
};

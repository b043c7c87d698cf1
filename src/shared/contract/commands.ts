/**
 * The command map: every command a window or the REST API may invoke, with its input and output, declared once.
 * Domain contract files add theirs by declaration merging on `Commands` and list their specs in `index.ts`.
 */
import type { z } from 'zod';

/** Maps a command name to `{ input, output }`. Extended by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Commands {}

export type CommandName = keyof Commands & string;
export type CommandInput<N extends CommandName> = Commands[N] extends { input: infer I } ? I : never;
export type CommandOutput<N extends CommandName> = Commands[N] extends { output: infer O } ? O : never;

/** The runtime half of a command: schemas checked at every process boundary. */
export interface CommandSpec<I = unknown, O = unknown> {
  readonly input: z.ZodType<I>;
  readonly output: z.ZodType<O>;
  /** Commands that may run before a window has signed in (listing users, signing in). */
  readonly public: boolean;
}

export function commandSpec<I, O>(input: z.ZodType<I>, output: z.ZodType<O>, options?: { public?: boolean }): CommandSpec<I, O> {
  return { input, output, public: options?.public ?? false };
}

/** Turns a record of specs into the shape merged into `Commands`. */
export type CommandsOf<S extends Record<string, CommandSpec<unknown, unknown>>> = {
  [K in keyof S]: S[K] extends CommandSpec<infer I, infer O> ? { input: I; output: O } : never;
};

/**
 * Who a window acts as. Every window or connection signs in as one user of one organization;
 * the kernel scopes every subscription, snapshot and command by it.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';

export const sessionSchema = z.object({
  userId: z.string(),
  userName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const userSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  orgId: z.string(),
  orgName: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const sessionDomain = defineDomain({
  name: 'session',
  commands: {
    /** Lists the users a window may sign in as (the sign-in screen). */
    'session.users': commandSpec(z.object({}).strict(), z.array(userSummarySchema), { public: true }),
    /** Binds this window's connection to a user; every later message acts as that user. */
    'session.signIn': commandSpec(z.object({ user: z.string().min(1).max(64) }).strict(), sessionSchema, { public: true }),
  },
});

/**
 * Who is acting: a signed-in window's user, or an organization's API token. Every command, snapshot and
 * subscription is checked against one.
 */
import type { Session } from '../../shared/contract';

export type Actor =
  | { readonly kind: 'user'; readonly orgId: string; readonly userId: string; readonly session: Session }
  | { readonly kind: 'api'; readonly orgId: string; readonly userId: null };

export function userActor(session: Session): Actor {
  return { kind: 'user', orgId: session.orgId, userId: session.userId, session };
}

export function apiActor(orgId: string): Actor {
  return { kind: 'api', orgId, userId: null };
}

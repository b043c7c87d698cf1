/**
 * Who is acting: a signed-in window's user, or an organization's API token. Every command, snapshot and
 * subscription is checked against one, and every write records who did it (`ref`) with its events.
 */
import type { ActorRef, Session } from '../../shared/contract';

export type Actor =
  | { readonly kind: 'user'; readonly orgId: string; readonly userId: string; readonly session: Session; readonly ref: ActorRef }
  | { readonly kind: 'api'; readonly orgId: string; readonly userId: null; readonly ref: ActorRef };

export function userActor(session: Session): Actor {
  return { kind: 'user', orgId: session.orgId, userId: session.userId, session, ref: { kind: 'user', id: session.userId } };
}

export function apiActor(orgId: string): Actor {
  return { kind: 'api', orgId, userId: null, ref: { kind: 'api', id: orgId } };
}

/** The app itself writing (start-up clean-up, reclaiming work): `subsystem` names which part. */
export function systemRef(subsystem: string): ActorRef {
  return { kind: 'system', id: subsystem };
}

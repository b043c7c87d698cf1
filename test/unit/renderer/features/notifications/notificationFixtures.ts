/** Notifications for the notifications feature's tests. */
import type { Notification } from '../../../../../src/shared/contract';

export function note(id: number, over: Partial<Notification> = {}): Notification {
  return {
    id,
    userId: 'bob',
    orgId: 'acme',
    type: 'alert',
    title: `Notification ${id}`,
    body: null,
    link: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    readAt: null,
    expiresAt: null,
    createdBy: 'api:acme',
    ...over,
  };
}

export const topic = 'user:bob:notifications';

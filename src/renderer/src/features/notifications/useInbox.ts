/**
 * The inbox as views show it: the replica's notifications with this window's unconfirmed marks laid over them, and
 * the unread count. Views read the inbox only through these hooks.
 */
import { useMemo } from 'react';
import type { Notification } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { isMarked, unreadCountOf } from './inboxMarks';
import { inboxStore } from './inboxStore';

/** A notification as shown: read here or on the server, and whether this window's mark is still unconfirmed. */
export interface InboxItem extends Notification {
  readonly read: boolean;
  readonly pending: boolean;
}

/** The badge's unread count (0 until the inbox lands). */
export function useUnreadCount(): number {
  return useStore(inboxStore, (s) => unreadCountOf(s.data, s.marks));
}

export function useInboxItems(): InboxItem[] | undefined {
  const items = useStore(inboxStore, (s) => s.data?.items);
  const marks = useStore(inboxStore, (s) => s.marks);
  return useMemo(
    () =>
      items?.map((n) => {
        const pending = n.readAt === null && isMarked(marks, n);
        return { ...n, read: n.readAt !== null || pending, pending };
      }),
    [items, marks],
  );
}

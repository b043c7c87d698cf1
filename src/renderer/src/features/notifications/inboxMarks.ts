/**
 * What the inbox shows once the window's own unconfirmed marks are laid over the replica: which notifications read
 * as read, and the unread count. The server's count stays the base; a mark only subtracts the counted, still-unread
 * notifications it covers, so a mark confirmed by the server (its row now read) is never subtracted twice.
 */
import { isCounted, type Inbox, type Notification } from '../../../../shared/contract';
import type { MarkOp } from './markQueue';

/** True when one of `marks` covers `n` (a mark of it, or a mark-all up to an id at or above it). */
export function isMarked(marks: readonly MarkOp[], n: Pick<Notification, 'id'>): boolean {
  return marks.some((op) => (op.kind === 'read' ? op.id === n.id : n.id <= op.upToId));
}

/** Unread as this window shows it: not read on the server and not marked here. */
export const isUnread = (marks: readonly MarkOp[], n: Notification) => n.readAt === null && !isMarked(marks, n);

/** The badge's number: the server's count less what this window marked and the server has not confirmed yet. */
export function unreadCountOf(inbox: Inbox | undefined, marks: readonly MarkOp[]): number {
  if (!inbox) return 0;
  const counted = inbox.items.filter((n) => n.readAt === null && isCounted(n.type));
  const marked = counted.filter((n) => isMarked(marks, n)).length;
  // A mark-all also covers unread notifications older than the list holds (all of them are below its id).
  const beyondList = marks.some((op) => op.kind === 'all') ? Math.max(0, inbox.unreadCount - counted.length) : 0;
  return Math.max(0, inbox.unreadCount - marked - beyondList);
}

/** How a count reads on a badge or in the window title. */
export const badgeText = (count: number) => (count > 99 ? '99+' : String(count));

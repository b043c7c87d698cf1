/**
 * The inbox reducer takes each event's unread count as is, and the overlay of this window's marks: the badge's
 * number subtracts a mark only until the server confirms it, and a mark-all never covers what arrived after it.
 */
import { describe, expect, it } from 'vitest';
import type { Inbox } from '../../../../../src/shared/contract';
import { inboxReducer } from '../../../../../src/renderer/src/features/notifications/inboxReducer';
import { badgeText, isUnread, unreadCountOf } from '../../../../../src/renderer/src/features/notifications/inboxMarks';
import { note, topic } from './notificationFixtures';

const at = '2026-01-02T00:00:00.000Z';
type Ev = Parameters<typeof inboxReducer.reduce>[1];
const ev = (seq: number, e: Omit<Ev, 'seq' | 'topic'>): Ev => ({ seq, topic, ...e }) as Ev;

describe('inboxReducer', () => {
  it('applies created, read, all read and expired, trusting each event’s count', () => {
    let s: Inbox = inboxReducer.init({ items: [note(1)], unreadCount: 1 });
    s = inboxReducer.reduce(s, ev(2, { type: 'notification_created', payload: { notification: note(2), unreadCount: 2 } }));
    // Seen twice (a replay overlapping a snapshot): still one row, and the count is the event's.
    s = inboxReducer.reduce(s, ev(3, { type: 'notification_created', payload: { notification: note(2), unreadCount: 2 } }));
    expect(s.items.map((n) => n.id)).toEqual([2, 1]);
    expect(s.unreadCount).toBe(2);
    s = inboxReducer.reduce(s, ev(4, { type: 'notification_read', payload: { id: 1, readAt: at, unreadCount: 1 } }));
    expect(s.items[1]!.readAt).toBe(at);
    s = inboxReducer.reduce(s, ev(5, { type: 'notification_created', payload: { notification: note(3), unreadCount: 7 } }));
    expect(s.unreadCount).toBe(7);
    s = inboxReducer.reduce(s, ev(6, { type: 'notifications_all_read', payload: { ids: [2, 3], readAt: at, unreadCount: 0 } }));
    expect(s.items.every((n) => n.readAt !== null)).toBe(true);
    s = inboxReducer.reduce(s, ev(7, { type: 'notification_expired', payload: { ids: [3], unreadCount: 0 } }));
    expect(s).toEqual({ items: [note(2, { readAt: at }), note(1, { readAt: at })], unreadCount: 0 });
  });
});

describe('unreadCountOf', () => {
  const inbox: Inbox = { items: [note(5), note(4, { type: 'system' }), note(3), note(2, { readAt: at })], unreadCount: 4 };

  it('is the server’s count less the counted unread rows this window marked', () => {
    expect(unreadCountOf(inbox, [])).toBe(4);
    expect(unreadCountOf(inbox, [{ kind: 'read', id: 5 }])).toBe(3);
    // A system notification is not in the count; a row read on the server is not subtracted again.
    expect(unreadCountOf(inbox, [{ kind: 'read', id: 4 }, { kind: 'read', id: 2 }])).toBe(4);
    expect(unreadCountOf(undefined, [])).toBe(0);
  });

  it('mark-all covers rows up to its id and the unread ones older than the list, never later arrivals', () => {
    expect(unreadCountOf(inbox, [{ kind: 'all', upToId: 5 }])).toBe(0);
    const later: Inbox = { items: [note(6), ...inbox.items], unreadCount: 5 };
    expect(unreadCountOf(later, [{ kind: 'all', upToId: 5 }])).toBe(1);
    expect(isUnread([{ kind: 'all', upToId: 5 }], note(6))).toBe(true);
    expect(isUnread([{ kind: 'all', upToId: 5 }], note(5))).toBe(false);
  });

  it('reads 99+ above 99', () => {
    expect([badgeText(1), badgeText(99), badgeText(100)]).toEqual(['1', '99', '99+']);
  });
});

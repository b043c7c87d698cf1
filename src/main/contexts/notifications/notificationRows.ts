/**
 * Reads and writes of `notifications`, always for one user. Expired notifications leave lists and counts.
 * @internal Used by the notifications context only.
 */
import { INBOX_SIZE, type Notification, type StoredNotificationType } from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';

interface Row {
  id: number;
  user_id: string;
  org_id: string;
  type: StoredNotificationType;
  title: string;
  body: string | null;
  link: string | null;
  created_at: string;
  read_at: string | null;
  expires_at: string | null;
  created_by: string;
}

const toNotification = (r: Row): Notification => ({
  id: r.id,
  userId: r.user_id,
  orgId: r.org_id,
  type: r.type,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.created_at,
  readAt: r.read_at,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
});

export interface NewNotification {
  userId: string;
  orgId: string;
  type: StoredNotificationType;
  title: string;
  body: string | null;
  link: string | null;
  expiresAt: string | null;
  createdBy: string;
  dedupeKey: string | null;
}

export function createNotificationRows(db: Db) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (user_id, org_id, type, title, body, link, created_at, expires_at, created_by, dedupe_key)
     VALUES (@userId, @orgId, @type, @title, @body, @link, @createdAt, @expiresAt, @createdBy, @dedupeKey)`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM notifications WHERE id = ?');
  const inbox = db.prepare<[string, number], Row>('SELECT * FROM notifications WHERE user_id = ? AND expired = 0 ORDER BY id DESC LIMIT ?');
  const unread = db.prepare<[string], number>(
    "SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL AND expired = 0 AND type IN ('activity', 'alert')",
  ).pluck();
  const markRead = db.prepare<[string, number]>('UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL');
  const unreadUpTo = db.prepare<[string, number], number>(
    'SELECT id FROM notifications WHERE user_id = ? AND read_at IS NULL AND expired = 0 AND id <= ? ORDER BY id',
  ).pluck();
  const dueToExpire = db.prepare<[string], Row>("SELECT * FROM notifications WHERE expired = 0 AND expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT 1000");
  const expire = db.prepare<[number]>('UPDATE notifications SET expired = 1 WHERE id = ?');
  const expired = db.prepare<[number], number>('SELECT expired FROM notifications WHERE id = ?').pluck();
  const nextExpiry = db.prepare<[], string | null>('SELECT min(expires_at) FROM notifications WHERE expired = 0 AND expires_at IS NOT NULL').pluck();

  return {
    /** The stored notification, or undefined when its dedupe key was already used for this user. */
    insert(n: NewNotification): Notification | undefined {
      const { changes, lastInsertRowid } = insert.run({ ...n, createdAt: new Date().toISOString() });
      return changes === 1 ? toNotification(byId.get(Number(lastInsertRowid))!) : undefined;
    },
    get(id: number): Notification | undefined {
      const row = byId.get(id);
      return row && toNotification(row);
    },
    isExpired: (id: number) => (expired.get(id) ?? 1) === 1,
    inbox: (userId: string) => inbox.all(userId, INBOX_SIZE).map(toNotification),
    unreadCount: (userId: string) => unread.get(userId) ?? 0,
    /** True when it was unread. */
    markRead: (id: number, at: string) => markRead.run(at, id).changes === 1,
    unreadUpTo: (userId: string, upToId: number) => unreadUpTo.all(userId, upToId),
    dueToExpire: (nowIso: string) => dueToExpire.all(nowIso).map(toNotification),
    expire: (id: number) => void expire.run(id),
    nextExpiry: () => nextExpiry.get() ?? null,
  };
}

export type NotificationRows = ReturnType<typeof createNotificationRows>;

/**
 * The notifications context (seed: the real-time guide): the only writer of `notifications`. It stores activity,
 * alert and system notifications, pushes transient ones, toasts and flashes without storing them, marks read (one,
 * or all up to an id; idempotent), expires notifications on time in every window, and broadcasts on
 * `user:<id>:notifications` with the user's unread count. Its notifiers turn other contexts' events into
 * notifications (`createNotifiers.ts`: the one place that decides what is worth telling).
 */
import {
  NotFoundError,
  isStored,
  userNotificationsTopic,
  type ActorRef,
  type FlashLevel,
  type Notification,
  type UserSummary,
} from '../../../shared/contract';
import { systemRef, type Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { Emit } from '../../kernel/createWriter';
import { toDisposable } from '../../kernel/disposable';
import { createNotifiers } from './createNotifiers';
import { createNotificationRows, type NewNotification } from './notificationRows';
import { notificationsMigrations } from './migrations';

/** Who the users are: the accounts context, through the composition. */
export interface UserDirectory {
  listUsers(): UserSummary[];
  /** One user by id: a notification to one user of a 1,000-user organization must not read all 1,000. */
  findUser(id: string): UserSummary | undefined;
}

/** What to tell, for `notify`. */
export interface NotifyRequest {
  userId: string;
  type: 'activity' | 'alert' | 'system';
  title: string;
  body?: string | null;
  link?: string | null;
  expiresAt?: string | null;
  /** The notifier's key for what it told: the same key for the same user is stored once. */
  dedupeKey?: string;
}

export interface Flash {
  title: string;
  body?: string;
  link?: string;
  level?: FlashLevel;
}

export interface NotificationsContext {
  /** Stores and pushes a notification (in its own write); undefined when its dedupe key was used already. */
  notify(by: ActorRef, request: NotifyRequest): Notification | undefined;
  /** Pushes a toast to users' windows, never stored: one user, an organization, or a list (a marketer's members). */
  flash(to: { userId: string } | { orgId: string } | { userIds: readonly string[] }, flash: Flash): void;
}

const refText = (ref: ActorRef) => `${ref.kind}:${ref.id}`;

export function createNotificationsContext(kit: ContextKit, users: UserDirectory): NotificationsContext {
  kit.migrate(notificationsMigrations);
  const { write } = kit;
  const rows = createNotificationRows(kit.db);
  const topicOf = (userId: string) => userNotificationsTopic.build({ user: userId });
  const userOf = (userId: string) => users.findUser(userId);

  /** The user an actor acts on: a window its own user; the REST API one of its organization's (else NOT_FOUND). */
  function subject(actor: Actor, user: string | undefined): UserSummary {
    const wanted = user ?? actor.userId;
    const found = wanted === null ? undefined : userOf(wanted);
    if (!found || found.orgId !== actor.orgId || (actor.kind === 'user' && found.id !== actor.userId)) {
      throw new NotFoundError(`No user ${wanted ?? '(none named)'} in this organization`);
    }
    return found;
  }

  function store(emit: Emit, n: NewNotification): Notification | undefined {
    const notification = rows.insert(n);
    if (!notification) return undefined;
    // System notifications are pulled only: the window sees them on its next pull, not as a push.
    if (notification.type !== 'system') {
      emit(topicOf(n.userId), { type: 'notification_created', payload: { notification, unreadCount: rows.unreadCount(n.userId) } });
    }
    armExpiry();
    return notification;
  }

  function push(userId: string, flash: Flash & { type?: 'transient' | 'toast' }) {
    kit.push(topicOf(userId), {
      type: 'notification_pushed',
      payload: {
        notification: {
          type: flash.type ?? 'toast',
          title: flash.title,
          body: flash.body ?? null,
          link: flash.link ?? null,
          level: flash.level ?? 'info',
          at: new Date().toISOString(),
        },
      },
    });
  }

  // Expiry: one timer for the next notification to expire; it leaves lists and counts in every window at once.
  let expiryTimer: NodeJS.Timeout | undefined;
  function armExpiry() {
    clearTimeout(expiryTimer);
    const next = rows.nextExpiry();
    if (next === null) return;
    expiryTimer = setTimeout(expireDue, Math.min(2 ** 31 - 1, Math.max(0, Date.parse(next) - Date.now())));
    expiryTimer.unref();
  }
  function expireDue() {
    const due = rows.dueToExpire(new Date().toISOString());
    if (due.length > 0) {
      write(systemRef('notifications'), (emit) => {
        const byUser = new Map<string, number[]>();
        for (const n of due) {
          rows.expire(n.id);
          (byUser.get(n.userId) ?? byUser.set(n.userId, []).get(n.userId)!).push(n.id);
        }
        for (const [userId, ids] of byUser) emit(topicOf(userId), { type: 'notification_expired', payload: { ids, unreadCount: rows.unreadCount(userId) } });
      });
    }
    armExpiry();
  }
  kit.own(toDisposable(() => clearTimeout(expiryTimer)));
  expireDue();

  kit.command('notifications.send', (input, { actor }) => {
    const user = subject(actor, input.user);
    if (!isStored(input.type)) {
      push(user.id, { type: input.type, title: input.title, ...(input.body ? { body: input.body } : {}), ...(input.link ? { link: input.link } : {}) });
      return { pushed: true as const };
    }
    return write(actor.ref, (emit) =>
      store(emit, {
        userId: user.id,
        orgId: user.orgId,
        type: input.type as 'activity' | 'alert' | 'system',
        title: input.title,
        body: input.body ?? null,
        link: input.link ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
        createdBy: refText(actor.ref),
        dedupeKey: null,
      }),
    )!;
  });

  kit.command('notifications.markRead', (input, { actor }) => {
    const user = subject(actor, input.user);
    const notification = rows.get(input.id);
    if (!notification || notification.userId !== user.id) throw new NotFoundError(`No notification ${input.id} for ${user.id}`);
    if (notification.readAt !== null || rows.isExpired(notification.id)) {
      return { id: notification.id, readAt: notification.readAt ?? notification.createdAt, unreadCount: rows.unreadCount(user.id) };
    }
    return write(actor.ref, (emit) => {
      const readAt = new Date().toISOString();
      rows.markRead(notification.id, readAt);
      const unreadCount = rows.unreadCount(user.id);
      emit(topicOf(user.id), { type: 'notification_read', payload: { id: notification.id, readAt, unreadCount } });
      return { id: notification.id, readAt, unreadCount };
    });
  });

  kit.command('notifications.markAllRead', (input, { actor }) => {
    const user = subject(actor, input.user);
    const ids = rows.unreadUpTo(user.id, input.upToId ?? Number.MAX_SAFE_INTEGER);
    if (ids.length === 0) return { ids, unreadCount: rows.unreadCount(user.id) };
    return write(actor.ref, (emit) => {
      const readAt = new Date().toISOString();
      for (const id of ids) rows.markRead(id, readAt);
      const unreadCount = rows.unreadCount(user.id);
      emit(topicOf(user.id), { type: 'notifications_all_read', payload: { ids, readAt, unreadCount } });
      return { ids, unreadCount };
    });
  });

  kit.view('notifications.inbox', (params, actor) => {
    const user = subject(actor, params.user);
    return { items: rows.inbox(user.id), unreadCount: rows.unreadCount(user.id) };
  });
  // A user's notifications are theirs alone: not even a colleague of the same organization may follow them.
  kit.authorize(userNotificationsTopic, (actor, params) => actor.kind === 'user' && actor.userId === params.user);

  const context: NotificationsContext = {
    notify(by, request) {
      const user = userOf(request.userId);
      if (!user) return undefined;
      return write(by, (emit) =>
        store(emit, {
          userId: user.id,
          orgId: user.orgId,
          type: request.type,
          title: request.title,
          body: request.body ?? null,
          link: request.link ?? null,
          expiresAt: request.expiresAt ?? null,
          createdBy: refText(by),
          dedupeKey: request.dedupeKey ?? null,
        }),
      );
    },
    flash(to, flash) {
      const ids = 'userId' in to ? [to.userId] : 'userIds' in to ? to.userIds : users.listUsers().filter((u) => u.orgId === to.orgId).map((u) => u.id);
      for (const id of ids) push(id, flash);
    },
  };
  createNotifiers(kit, context);
  return context;
}


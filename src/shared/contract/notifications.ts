/**
 * The notifications contract (seed: the real-time guide). Five types with the seed's rules: `transient` and `toast`
 * are pushed only (never stored, no badge); `activity` and `alert` are pushed and pulled (stored, counted in the
 * badge); `system` is pulled only (stored, no badge). Topic `user:<id>:notifications` belongs to that user alone;
 * every stored change carries the user's unread count, so every window's badge lands on the same number.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const notificationTypes = ['transient', 'toast', 'activity', 'alert', 'system'] as const;
export type NotificationType = (typeof notificationTypes)[number];
export const storedNotificationTypes = ['activity', 'alert', 'system'] as const;
export type StoredNotificationType = (typeof storedNotificationTypes)[number];
/** Pushed live to the user's windows (the others are pulled only). */
export const isPushed = (type: NotificationType) => type !== 'system';
/** Stored, so a window that mounts or reconnects pulls it. */
export const isStored = (type: NotificationType): type is StoredNotificationType => type === 'activity' || type === 'alert' || type === 'system';
/** Counted in the unread badge. */
export const isCounted = (type: NotificationType) => type === 'activity' || type === 'alert';

export const notificationSchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  orgId: z.string(),
  type: z.enum(storedNotificationTypes),
  title: z.string(),
  body: z.string().nullable(),
  /** An in-app route (`#/runs/12`) the notification opens. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** Who caused it (`user:<id>`, `api:<org>`, `system:<part>`). */
  createdBy: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const flashLevels = ['info', 'success', 'error'] as const;
export type FlashLevel = (typeof flashLevels)[number];

/** A notification that is pushed and never stored: a transient one, a toast, or a flash. */
export const pushedNotificationSchema = z.object({
  type: z.enum(['transient', 'toast']),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  level: z.enum(flashLevels),
  at: z.string(),
});
export type PushedNotification = z.infer<typeof pushedNotificationSchema>;

const unreadCount = z.number().int().nonnegative();
export const userNotificationsTopic = topicFamily('user:{user}:notifications', {
  notification_created: z.object({ notification: notificationSchema, unreadCount }),
  notification_read: z.object({ id: z.number().int(), readAt: z.string(), unreadCount }),
  notifications_all_read: z.object({ ids: z.array(z.number().int()), readAt: z.string(), unreadCount }),
  notification_expired: z.object({ ids: z.array(z.number().int()), unreadCount }),
  /** Push only: never in the log, so never replayed. */
  notification_pushed: z.object({ notification: pushedNotificationSchema }),
});
export type UserNotificationsEvent = FamilyEvent<typeof userNotificationsTopic>;

const userName = z.string({ error: 'user is required' }).trim().min(1, 'user is required').max(64);
const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');

export const sendNotificationInput = z
  .object({
    user: userName,
    type: z.enum(notificationTypes, { error: 'type must be transient, toast, activity, alert or system' }),
    title: z.string({ error: 'title is required' }).trim().min(1, 'title is required').max(200, 'title is at most 200 characters'),
    body: z.string().max(4000, 'body is at most 4000 characters').optional(),
    link: z
      .string()
      .regex(/^#\/[A-Za-z0-9/_.~%-]*$/, 'link must be an in-app route such as #/runs/12')
      .max(500)
      .optional(),
    expiresAt: z.iso.datetime({ offset: true, error: 'expiresAt must be an ISO date-time' }).optional(),
  })
  .strict();

/** Whose notifications: a window acts for its own user (omit it); the REST API names one of its organization's. */
const forUser = { user: userName.optional() };

/** How many notifications the inbox holds (unread ones always count in `unreadCount`). */
export const INBOX_SIZE = 200;

export const inboxSchema = z.object({ items: z.array(notificationSchema), unreadCount });
export type Inbox = z.infer<typeof inboxSchema>;

export const notificationsDomain = defineDomain({
  name: 'notifications',
  topics: { userNotificationsTopic },
  commands: {
    /** Stored types answer the notification; pushed-only types answer `{pushed: true}`. */
    'notifications.send': commandSpec(sendNotificationInput, z.union([notificationSchema, z.object({ pushed: z.literal(true) })])),
    /** Idempotent: marking a read notification again changes nothing and publishes nothing. */
    'notifications.markRead': commandSpec(z.object({ id: idParam, ...forUser }).strict(), z.object({ id: z.number().int(), readAt: z.string(), unreadCount })),
    /**
     * Marks every unread notification read, or only those up to `upToId` (a mark made offline must not swallow what
     * arrived after it). Idempotent.
     */
    'notifications.markAllRead': commandSpec(
      z.object({ upToId: idParam.optional(), ...forUser }).strict(),
      z.object({ ids: z.array(z.number().int()), unreadCount }),
    ),
  },
  views: {
    /** The user's newest unexpired notifications and unread count. */
    'notifications.inbox': viewSpec(z.object(forUser).strict(), inboxSchema, (session) => [userNotificationsTopic.build({ user: session.userId })]),
  },
  rest: [
    {
      method: 'POST',
      path: '/api/notifications',
      status: 201,
      statusOf: (value) => ('pushed' in (value as object) ? 202 : 201),
      run: { command: 'notifications.send', input: (_, body) => body },
    },
    {
      method: 'GET',
      path: '/api/users/:user/notifications',
      status: 200,
      run: { view: 'notifications.inbox', params: ({ user }) => ({ user }), wrap: (inbox) => inbox },
    },
    {
      method: 'POST',
      path: '/api/users/:user/notifications/:id/read',
      status: 200,
      run: { command: 'notifications.markRead', input: ({ user, id }) => ({ user, id }) },
    },
    {
      method: 'POST',
      path: '/api/users/:user/notifications/read-all',
      status: 200,
      run: { command: 'notifications.markAllRead', input: ({ user }, body) => ({ ...(body && typeof body === 'object' ? body : {}), user }) },
    },
  ],
});

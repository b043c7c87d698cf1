/**
 * The presence contract. `presence:<org>`: which users of an organization have a window open (the top bar's
 * avatars). `presence:<org>:<room>`: who is viewing one view or entity (the room `run.12`, `case.7`), Phoenix.Presence
 * style: one entry per window, grouped by user on screen. A window is in a room while it follows the room's topic
 * (the `presence.room` view), so closing the view, navigating away, a crash or a lost connection all leave it.
 * Presence changes go through the event log like any other change, so a reconnecting window reconciles them too.
 */
import { z } from 'zod';
import { defineDomain } from './domain';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const presenceEntrySchema = z.object({
  connectionId: z.string(),
  userId: z.string(),
  userName: z.string(),
  since: z.string(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

const presenceEvents = {
  presence_joined: z.object({ entry: presenceEntrySchema }),
  presence_left: z.object({ connectionId: z.string() }),
};

export const presenceTopic = topicFamily('presence:{org}', presenceEvents);
export type PresenceEvent = FamilyEvent<typeof presenceTopic>;

/**
 * A room inside an organization: the organization is part of the topic, so two organizations never share a room
 * even when their keys are equal (`presence:acme:run.12`, `presence:globex:run.12`).
 */
export const presenceRoomTopic = topicFamily('presence:{org}:{room}', presenceEvents);
export type PresenceRoomEvent = FamilyEvent<typeof presenceRoomTopic>;

/** A room key: what is being viewed, as `<kind>.<id>` (`run.12`, `case.7`); letters, digits, `_`, `.`, `-`. */
export const roomKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,128}$/, 'room must be 1–128 letters, digits, _, . or -');

/** The room of one entity: `presenceRoom('run', 12)` → `run.12`. */
export const presenceRoom = (kind: string, id: string | number): string => `${kind}.${id}`;

export const presenceDomain = defineDomain({
  name: 'presence',
  topics: { presenceTopic, presenceRoomTopic },
  views: {
    'presence.list': viewSpec(z.object({}).strict(), z.array(presenceEntrySchema), (session) => [presenceTopic.build({ org: session.orgId })]),
    /** Who is in a room of the window's organization; following it puts the window in the room. */
    'presence.room': viewSpec(z.object({ room: roomKeySchema }).strict(), z.array(presenceEntrySchema), (session, { room }) => [
      presenceRoomTopic.build({ org: session.orgId, room }),
    ]),
  },
});

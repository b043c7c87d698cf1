/**
 * The presence contract: which users of an organization have a window open right now (the top bar's avatars).
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

export const presenceTopic = topicFamily('presence:{org}', {
  presence_joined: z.object({ entry: presenceEntrySchema }),
  presence_left: z.object({ connectionId: z.string() }),
});
export type PresenceEvent = FamilyEvent<typeof presenceTopic>;

export const presenceDomain = defineDomain({
  name: 'presence',
  topics: { presenceTopic },
  views: {
    'presence.list': viewSpec(z.object({}).strict(), z.array(presenceEntrySchema), (session) => [presenceTopic.build({ org: session.orgId })]),
  },
});

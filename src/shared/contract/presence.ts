/**
 * The presence contract: which users of an organization have a window open right now (the top bar's avatars).
 * Presence changes go through the event log like any other change, so a reconnecting window reconciles them too.
 */
import { z } from 'zod';
import { eventUnion, topicFamily } from './topics';
import { viewSpec, type ViewsOf } from './views';

export const presenceEntrySchema = z.object({
  connectionId: z.string(),
  userId: z.string(),
  userName: z.string(),
  since: z.string(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

export const presenceTopic = topicFamily(
  'presence:{org}',
  ['org'],
  eventUnion({
    presence_joined: z.object({ entry: presenceEntrySchema }),
    presence_left: z.object({ connectionId: z.string() }),
  }),
);
export type PresenceEvent =
  | { type: 'presence_joined'; payload: { entry: PresenceEntry } }
  | { type: 'presence_left'; payload: { connectionId: string } };

export const presenceViews = {
  'presence.list': viewSpec(z.object({}).strict(), z.array(presenceEntrySchema), (session) => [
    presenceTopic.build({ org: session.orgId }) as `presence:${string}`,
  ]),
} as const;

declare module './topics' {
  interface Topics {
    [topic: `presence:${string}`]: PresenceEvent;
  }
}
declare module './views' {
  interface Views extends ViewsOf<typeof presenceViews> {}
}

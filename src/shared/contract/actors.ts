/**
 * Who caused a committed change, as the event log records it with every event: a signed-in user, the REST API
 * with an organization's token, a build agent, a background job, or the app itself (start-up clean-up, presence).
 * The audit trail answers "who changed what" from it.
 */
import { z } from 'zod';

export const actorKinds = ['user', 'api', 'agent', 'job', 'system'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const actorRefSchema = z.object({
  kind: z.enum(actorKinds),
  /** The user id, the agent uuid, the background job's id; the organization for `api`; the subsystem for `system`. */
  id: z.string(),
});
export type ActorRef = z.infer<typeof actorRefSchema>;

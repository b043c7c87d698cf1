/**
 * The campaigns contract (seed: Campaign PubSub). Marketers belong to an organization and have member users; a user
 * sees and acts on the campaigns of the marketers they belong to. Launching runs the seed's workers on the work
 * queue (PopulateTarget, then CreateInitialPendingOffers in batches) and broadcasts exactly as the seed on
 * `campaign:<id>` (`campaign_updated`, `target_populated`, `offers_created` with its count, only when above 0) and
 * the general update on `marketer:<id>:campaigns`, batched per window (default 2 s) into one message carrying every
 * changed campaign.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const campaignStatuses = ['draft', 'populating', 'creating_offers', 'active'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const marketerSchema = z.object({ id: z.string(), orgId: z.string(), name: z.string(), members: z.array(z.string()) });
export type Marketer = z.infer<typeof marketerSchema>;

export const campaignSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  marketer: z.string(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  targetSize: z.number().int(),
  /** Members of the target built so far. */
  targetPopulated: z.number().int(),
  pendingOffers: z.number().int(),
  acceptedOffers: z.number().int(),
  declinedOffers: z.number().int(),
  createdAt: z.string(),
  launchedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** The fields a change touched, so a window applies exactly those (the seed's incremental stats). */
export const campaignFields = ['name', 'status', 'targetSize', 'targetPopulated', 'pendingOffers', 'acceptedOffers', 'declinedOffers', 'launchedAt'] as const;
export type CampaignField = (typeof campaignFields)[number];

export const campaignTopic = topicFamily('campaign:{id}', {
  campaign_updated: z.object({ campaign: campaignSchema, changed: z.array(z.enum(campaignFields)), at: z.string() }),
  target_populated: z.object({ campaignId: z.number().int(), size: z.number().int(), at: z.string() }),
  offers_created: z.object({ campaignId: z.number().int(), count: z.number().int().positive(), at: z.string() }),
});
export const marketerCampaignsTopic = topicFamily('marketer:{marketer}:campaigns', {
  /** Every campaign that changed within the batching window, as it is at the end of it. */
  campaigns_updated: z.object({ campaigns: z.array(campaignSchema), ids: z.array(z.number().int()), at: z.string() }),
});
export type CampaignEvent = FamilyEvent<typeof campaignTopic>;
export type MarketerCampaignsEvent = FamilyEvent<typeof marketerCampaignsTopic>;

/** A target of more than this many members is refused as absurd. */
export const MAX_TARGET_SIZE = 10_000_000;

const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');
export const createCampaignInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(120, 'name is at most 120 characters'),
    marketer: z.string({ error: 'marketer is required' }).min(1, 'marketer is required').max(64),
    targetSize: z
      .number({ error: 'targetSize must be a number' })
      .int('targetSize must be a whole number')
      .min(1, 'targetSize must be at least 1')
      // Spelled out: toLocaleString here loaded the locale data while every window's first chunk evaluated.
      .max(MAX_TARGET_SIZE, 'targetSize is at most 10,000,000'),
  })
  .strict();

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  type: z.string(),
  actor: z.string(),
  changed: z.array(z.string()),
  /** The fields' values after the event. */
  values: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const campaignsDomain = defineDomain({
  name: 'campaigns',
  topics: { campaignTopic, marketerCampaignsTopic },
  commands: {
    'campaigns.create': commandSpec(createCampaignInput, campaignSchema),
    /** Populates the target, then creates one pending offer per member (queue jobs). CONFLICT unless draft. */
    'campaigns.launch': commandSpec(z.object({ id: idParam }).strict(), campaignSchema),
    /** Creates pending offers for members who have none. CONFLICT until the target is populated. */
    'campaigns.refreshOffers': commandSpec(z.object({ id: idParam }).strict(), campaignSchema),
  },
  views: {
    /** The marketers the user belongs to (every marketer of the organization, for the REST API). */
    'campaigns.marketers': viewSpec(z.object({}).strict(), z.array(marketerSchema)),
    /**
     * One marketer's campaigns, newest first, live on `marketer:<id>:campaigns`; without `marketer`, every campaign
     * the actor may see (read once: the REST API's list).
     */
    'campaigns.list': viewSpec(
      z.object({ marketer: z.string().min(1).max(64).optional() }).strict(),
      z.object({ campaigns: z.array(campaignSchema) }),
      (_session, params) => (params.marketer ? [marketerCampaignsTopic.build({ marketer: params.marketer })] : []),
    ),
    'campaigns.detail': viewSpec(z.object({ id: idParam }).strict(), campaignSchema, (_session, params) => [campaignTopic.build({ id: String(params.id) })]),
    /** What changed, when and by whom, from the audit trail; `asOf` replays the campaign's state at that time. */
    'campaigns.history': viewSpec(
      z.object({ id: idParam, asOf: z.iso.datetime({ offset: true }).optional() }).strict(),
      z.object({ entries: z.array(auditEntrySchema), state: campaignSchema.nullable() }),
    ),
  },
  rest: [
    { method: 'POST', path: '/api/campaigns', status: 201, run: { command: 'campaigns.create', input: (_, body) => body } },
    { method: 'GET', path: '/api/campaigns', status: 200, run: { view: 'campaigns.list', wrap: (data) => data } },
    { method: 'GET', path: '/api/campaigns/:id', status: 200, run: { view: 'campaigns.detail', params: ({ id }) => ({ id }), wrap: (campaign) => campaign } },
    { method: 'POST', path: '/api/campaigns/:id/launch', status: 202, run: { command: 'campaigns.launch', input: ({ id }) => ({ id }) } },
    { method: 'POST', path: '/api/campaigns/:id/refresh-offers', status: 202, run: { command: 'campaigns.refreshOffers', input: ({ id }) => ({ id }) } },
    {
      method: 'GET',
      path: '/api/campaigns/:id/history',
      status: 200,
      run: { view: 'campaigns.history', params: ({ id }, query) => ({ id, ...(query.asOf ? { asOf: query.asOf } : {}) }), wrap: (history) => history },
    },
  ],
});

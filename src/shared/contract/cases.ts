/**
 * The cases contract (seed: the Case PubSub flow). Enforcement cases arrive while a scraper works through a public
 * register: a new case publishes on `case:created` and `case:created:<id>`, a known one re-synced on `case:synced`
 * and `case:synced:<id>`, exactly as the seed. `case:created` and `case:synced` are shared by name and scoped to the
 * organization by the kernel (each event reaches only its organization's windows). Sources and scrapes publish on
 * `scrapes:<org>` and `scrape:<id>`.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { orgScopedTopic, topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const caseSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  reference: z.string(),
  offender: z.string(),
  address: z.string().nullable(),
  offenceDate: z.string().nullable(),
  offence: z.string().nullable(),
  regulator: z.string().nullable(),
  fine: z.number().nullable(),
  costs: z.number().nullable(),
  firstSeenAt: z.string(),
  lastSyncedAt: z.string(),
  sourceId: z.number().int().nullable(),
});
export type Case = z.infer<typeof caseSchema>;

/** The fields a scrape reads and compares (the history records changes of these). */
export const caseFields = ['offender', 'address', 'offenceDate', 'offence', 'regulator', 'fine', 'costs'] as const;
export type CaseField = (typeof caseFields)[number];

export const caseChangeSchema = z.object({
  field: z.enum(caseFields),
  from: z.union([z.string(), z.number()]).nullable(),
  to: z.union([z.string(), z.number()]).nullable(),
});
export type CaseChange = z.infer<typeof caseChangeSchema>;

export const caseHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.enum(['created', 'synced']),
  scrapeId: z.number().int().nullable(),
  changes: z.array(caseChangeSchema),
});
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;

export const sourceFormats = ['html-table'] as const;
export const sourceSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  name: z.string(),
  url: z.string(),
  format: z.enum(sourceFormats),
  createdAt: z.string(),
});
export type Source = z.infer<typeof sourceSchema>;

export const scrapeStatuses = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type ScrapeStatus = (typeof scrapeStatuses)[number];
export const scrapeErrorSchema = z.object({ page: z.number().int(), row: z.number().int().optional(), reason: z.string() });
export type ScrapeError = z.infer<typeof scrapeErrorSchema>;

/** How many of a scrape's row errors travel with it in broadcasts and lists (all of them: `scrapes.get`). */
export const SCRAPE_ERRORS_SHOWN = 50;

export const scrapeSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  sourceId: z.number().int(),
  sourceName: z.string(),
  status: z.enum(scrapeStatuses),
  pagesDone: z.number().int(),
  /** Known when the register says how many pages it has. */
  pagesTotal: z.number().int().nullable(),
  casesCreated: z.number().int(),
  casesSynced: z.number().int(),
  errorCount: z.number().int(),
  /** The most recent row errors (all of them from `scrapes.get`). */
  errors: z.array(scrapeErrorSchema),
  /** Cases per second since it started running. */
  rate: z.number().nullable(),
  /** Seconds left, when the page count is known. */
  etaSeconds: z.number().nullable(),
  /** Why the scrape failed, when it did. */
  failure: z.string().nullable(),
  startedBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Scrape = z.infer<typeof scrapeSchema>;

export const caseCreatedTopic = orgScopedTopic('case:created', { case_created: z.object({ case: caseSchema }) });
export const caseSyncedTopic = orgScopedTopic('case:synced', { case_synced: z.object({ case: caseSchema, changes: z.array(caseChangeSchema) }) });
export const oneCaseCreatedTopic = topicFamily('case:created:{id}', { case_created: z.object({ case: caseSchema }) });
export const oneCaseSyncedTopic = topicFamily('case:synced:{id}', {
  /** `entry`: the history entry, when a field changed (a sync that changes nothing adds none). */
  case_synced: z.object({ case: caseSchema, changes: z.array(caseChangeSchema), entry: caseHistoryEntrySchema.nullable() }),
});
export const scrapesTopic = topicFamily('scrapes:{org}', {
  source_added: z.object({ source: sourceSchema }),
  scrape_updated: z.object({ scrape: scrapeSchema }),
});
export const scrapeTopic = topicFamily('scrape:{id}', { scrape_updated: z.object({ scrape: scrapeSchema }) });
export type CaseCreatedEvent = FamilyEvent<typeof caseCreatedTopic>;
export type CaseSyncedEvent = FamilyEvent<typeof caseSyncedTopic>;
export type ScrapesEvent = FamilyEvent<typeof scrapesTopic>;

const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');

export const addSourceInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(120, 'name is at most 120 characters'),
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2000, 'url is at most 2000 characters'),
    format: z.enum(sourceFormats, { error: 'format must be html-table' }),
  })
  .strict();

export const caseSortColumns = ['reference', 'offender', 'offenceDate', 'regulator', 'fine', 'costs', 'lastSyncedAt', 'firstSeenAt'] as const;
export type CaseSortColumn = (typeof caseSortColumns)[number];

/** One window of the organization's cases: a full-text query, a sort, and the rows from `offset`. */
export const casesPageParams = z
  .object({
    q: z.string().max(200, 'q is at most 200 characters').optional(),
    syncedSince: z.iso.datetime({ offset: true, error: 'syncedSince must be an ISO date-time' }).optional(),
    sort: z.enum(caseSortColumns).default('lastSyncedAt'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(500, 'limit is at most 500').default(100),
  })
  .strict();
export type CasesPageParams = z.input<typeof casesPageParams>;

/** The recently-synced list: cases synced in the last `cutoffMinutes`, newest first. */
export const RECENT_CASES_SHOWN = 500;

export const casesDomain = defineDomain({
  name: 'cases',
  topics: { caseCreatedTopic, caseSyncedTopic, oneCaseCreatedTopic, oneCaseSyncedTopic, scrapesTopic, scrapeTopic },
  commands: {
    'sources.add': commandSpec(addSourceInput, sourceSchema),
    'scrapes.start': commandSpec(z.object({ sourceId: idParam }).strict(), scrapeSchema),
    /** A queued scrape never runs; a running one stops after the page it is on (that page's cases are kept). */
    'scrapes.cancel': commandSpec(z.object({ id: idParam }).strict(), scrapeSchema),
  },
  views: {
    /** The organization's sources and its most recent scrapes, newest first. */
    'scrapes.list': viewSpec(
      z.object({}).strict(),
      z.object({ sources: z.array(sourceSchema), scrapes: z.array(scrapeSchema) }),
      (session) => [scrapesTopic.build({ org: session.orgId })],
    ),
    /** One scrape with every row error. */
    'scrapes.get': viewSpec(z.object({ id: idParam }).strict(), scrapeSchema, (_session, params) => [scrapeTopic.build({ id: String(params.id) })]),
    /** Cases synced in the last `cutoffMinutes` (default 10), newest first, at most `RECENT_CASES_SHOWN`. */
    'cases.recent': viewSpec(
      z.object({ cutoffMinutes: z.coerce.number().min(1).max(24 * 60).default(10) }).strict(),
      z.object({ cases: z.array(caseSchema), cutoff: z.string() }),
      () => ['case:synced' as const, 'case:created' as const],
    ),
    /** A window of the organization's cases (search, sort, page) and how many match. */
    'cases.page': viewSpec(casesPageParams, z.object({ cases: z.array(caseSchema), total: z.number().int() }), () => [
      'case:synced' as const,
      'case:created' as const,
    ]),
    /** One case and its change history, newest first. */
    'cases.detail': viewSpec(z.object({ id: idParam }).strict(), caseSchema.extend({ history: z.array(caseHistoryEntrySchema) }), (_session, params) => [
      oneCaseSyncedTopic.build({ id: String(params.id) }),
    ]),
  },
  rest: [
    { method: 'POST', path: '/api/sources', status: 201, run: { command: 'sources.add', input: (_, body) => body } },
    { method: 'GET', path: '/api/sources', status: 200, run: { view: 'scrapes.list', wrap: (data) => ({ sources: (data as { sources: unknown }).sources }) } },
    { method: 'POST', path: '/api/scrapes', status: 202, run: { command: 'scrapes.start', input: (_, body) => body } },
    { method: 'GET', path: '/api/scrapes/:id', status: 200, run: { view: 'scrapes.get', params: ({ id }) => ({ id }), wrap: (scrape) => scrape } },
    { method: 'POST', path: '/api/scrapes/:id/cancel', status: 200, run: { command: 'scrapes.cancel', input: ({ id }) => ({ id }) } },
    { method: 'GET', path: '/api/cases', status: 200, run: { view: 'cases.page', params: (_, query) => query, wrap: (page) => page } },
    { method: 'GET', path: '/api/cases/:id', status: 200, run: { view: 'cases.detail', params: ({ id }) => ({ id }), wrap: (detail) => detail } },
  ],
});

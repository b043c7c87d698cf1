/**
 * One campaign's page state (`campaigns.detail` on `campaign:<id>`): the campaign, patched field by field from each
 * `campaign_updated` (only the fields it says changed: the seed's incremental stats), and the offers-over-time
 * series for the chart, one point from the snapshot and one per update. Pure.
 */
import type { AuditEntry, Campaign, CampaignEvent, CampaignField } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';
import type uPlot from 'uplot';

/** The stats at one moment (epoch ms). */
export interface OfferPoint {
  readonly t: number;
  readonly pending: number;
  readonly populated: number;
  readonly accepted: number;
}

export interface CampaignDetail {
  readonly campaign: Campaign;
  /** Oldest first, at most `MAX_POINTS`. */
  readonly points: readonly OfferPoint[];
}

/** Points kept for the chart; the oldest go first. */
export const MAX_POINTS = 2000;

const pointOf = (c: Campaign, t: number): OfferPoint => ({ t, pending: c.pendingOffers, populated: c.targetPopulated, accepted: c.acceptedOffers });

/** Adds a point, replacing the last one when it is for the same moment, and keeps at most `MAX_POINTS`. */
export function addPoint(points: readonly OfferPoint[], point: OfferPoint): readonly OfferPoint[] {
  const last = points.at(-1);
  const next = last && last.t >= point.t ? [...points.slice(0, -1), { ...point, t: Math.max(last.t, point.t) }] : [...points, point];
  return next.length > MAX_POINTS ? next.slice(next.length - MAX_POINTS) : next;
}

export function initCampaignDetail(campaign: Campaign): CampaignDetail {
  const updated = Date.parse(campaign.updatedAt);
  const launched = campaign.launchedAt ? Date.parse(campaign.launchedAt) : Number.NaN;
  // Nothing was populated or offered at launch: the chart starts there, at zero.
  const start = launched < updated ? [{ t: launched, pending: 0, populated: 0, accepted: 0 }] : [];
  return { campaign, points: [...start, pointOf(campaign, updated)] };
}

/** The campaign with `changed` fields taken from `next` (and its update time); the rest stays as it was. */
export function patchCampaign(current: Campaign, next: Campaign, changed: readonly CampaignField[]): Campaign {
  const patch: Partial<Record<keyof Campaign, unknown>> = { updatedAt: next.updatedAt };
  for (const field of changed) patch[field] = next[field];
  return { ...current, ...patch } as Campaign;
}

export function applyCampaignEvent(detail: CampaignDetail, event: ReplicaEvent<CampaignEvent>): CampaignDetail {
  if (event.type !== 'campaign_updated') return detail;
  const { campaign, changed, at } = event.payload;
  const patched = patchCampaign(detail.campaign, campaign, changed);
  const t = Date.parse(at);
  return { campaign: patched, points: addPoint(detail.points, pointOf(patched, Number.isNaN(t) ? Date.now() : t)) };
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

/** The stats over time as the audit trail recorded them, so a page opened after the launch still draws it. */
export function historyPoints(entries: readonly AuditEntry[]): OfferPoint[] {
  let at: OfferPoint = { t: 0, pending: 0, populated: 0, accepted: 0 };
  const points: OfferPoint[] = [];
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    const { pendingOffers, targetPopulated, acceptedOffers } = e.values;
    if (pendingOffers === undefined && targetPopulated === undefined && acceptedOffers === undefined) continue;
    at = { t: Date.parse(e.at), pending: num(pendingOffers, at.pending), populated: num(targetPopulated, at.populated), accepted: num(acceptedOffers, at.accepted) };
    points.push(at);
  }
  return points;
}

/** The recorded points before the first live one, then the live ones. */
export function mergePoints(recorded: readonly OfferPoint[], live: readonly OfferPoint[]): readonly OfferPoint[] {
  const first = live[0]?.t ?? Number.POSITIVE_INFINITY;
  const before = recorded.filter((p) => p.t < first);
  return before.length ? [...before, ...live] : live;
}

/** uPlot's arrays for the offers chart: seconds, pending offers, target populated. */
export function offersChartData(points: readonly OfferPoint[]): uPlot.AlignedData {
  return [points.map((p) => p.t / 1000), points.map((p) => p.pending), points.map((p) => p.populated)];
}

export const campaignDetailReducer: ViewReducer<'campaigns.detail', CampaignDetail> = { init: initCampaignDetail, reduce: applyCampaignEvent };

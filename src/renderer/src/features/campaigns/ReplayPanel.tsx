/**
 * Replay: a slider over the audit trail's time range picks a moment, and the campaign's state replayed from its
 * history at that moment (`campaigns.history {asOf}`) shows beside the current one, differing fields marked. At
 * "Now" the replay follows the live campaign, so the two columns agree.
 */
import { useEffect, useState } from 'react';
import type { AuditEntry, Campaign } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { campaignHistoryStore } from './campaignHistoryStore';
import { formatCount, statusLabels } from './campaignText';

const fields = ['status', 'targetSize', 'targetPopulated', 'pendingOffers', 'acceptedOffers', 'declinedOffers', 'launchedAt'] as const;
const labels: Record<(typeof fields)[number], string> = {
  status: 'Status',
  targetSize: 'Target size',
  targetPopulated: 'Target populated',
  pendingOffers: 'Pending offers',
  acceptedOffers: 'Accepted offers',
  declinedOffers: 'Declined offers',
  launchedAt: 'Launched',
};

/** How long the slider rests before its time is replayed. */
const SETTLE_MS = 250;

function show(campaign: Campaign | null | undefined, field: (typeof fields)[number]): string {
  if (!campaign) return '—';
  const value = campaign[field];
  if (field === 'status') return statusLabels[campaign.status];
  if (typeof value === 'number') return formatCount(value);
  return value ? new Date(value).toLocaleString() : '—';
}

export function ReplayPanel({ campaign, entries }: { campaign: Campaign; entries: readonly AuditEntry[] }) {
  const replay = useStore(campaignHistoryStore, (s) => s.byId[campaign.id]?.replay);
  const run = useStore(campaignHistoryStore, (s) => s.replay);
  const start = entries.length ? Math.min(...entries.map((e) => Date.parse(e.at))) : Date.parse(campaign.createdAt);
  const end = Math.max(start + 1000, ...entries.map((e) => Date.parse(e.at)), Date.parse(campaign.updatedAt));
  // undefined: now (follows the live campaign).
  const [pick, setPick] = useState<number | undefined>(undefined);
  const following = pick === undefined || pick >= end;
  // While following now, each change of the live campaign is replayed again.
  const liveKey = following ? campaign.updatedAt : undefined;

  useEffect(() => {
    const timer = setTimeout(() => run(campaign.id, new Date(following ? Date.now() : pick!).toISOString()), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [run, campaign.id, following, pick, liveKey]);

  const asOfLabel = following ? 'Now' : new Date(pick!).toLocaleString();
  return (
    <section className="campaign-replay" aria-labelledby="campaign-replay-title" data-testid="campaign-replay" data-following={following || undefined}>
      <div className="campaign-section-head">
        <h3 id="campaign-replay-title">Replay</h3>
        <button type="button" className="button button-small" data-testid="replay-now" disabled={following} onClick={() => setPick(undefined)}>
          Now
        </button>
      </div>
      <label className="campaign-replay-slider">
        <span>
          State at <output data-testid="replay-as-of">{asOfLabel}</output>
        </span>
        <input
          type="range"
          min={start}
          max={end}
          step={Math.max(1, Math.round((end - start) / 500))}
          value={following ? end : pick}
          onChange={(e) => setPick(Number(e.target.value))}
          data-testid="replay-slider"
          aria-valuetext={asOfLabel}
        />
      </label>
      {replay?.error && (
        <p className="campaign-error" role="alert">
          Could not replay: {replay.error.message}
        </p>
      )}
      <table className="campaign-replay-table" data-testid="replay-table" data-loaded={replay?.state !== undefined || undefined}>
        <caption className="visually-hidden">The campaign replayed at {asOfLabel}, beside its current state</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Replayed</th>
            <th scope="col">Current</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const differs = replay?.state !== undefined && (replay.state?.[f] ?? null) !== campaign[f];
            return (
              <tr key={f} data-differs={differs || undefined}>
                <th scope="row">{labels[f]}</th>
                <td data-testid={`replay-${f}`} data-value={replay?.state ? String(replay.state[f]) : ''}>
                  {replay?.state === null ? <span className="muted">not created yet</span> : show(replay?.state, f)}
                </td>
                <td data-testid={`replay-current-${f}`} data-value={String(campaign[f])}>
                  {show(campaign, f)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

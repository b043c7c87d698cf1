/** A campaign's live stats as a list of figures: target size and populated, pending, accepted and declined offers. */
import type { Campaign } from '../../../../shared/contract';
import { formatCount } from './campaignText';

export const statFields = [
  ['targetSize', 'Target size'],
  ['targetPopulated', 'Target populated'],
  ['pendingOffers', 'Pending offers'],
  ['acceptedOffers', 'Accepted offers'],
  ['declinedOffers', 'Declined offers'],
] as const;

export function CampaignStats({ campaign }: { campaign: Campaign }) {
  return (
    <dl className="campaign-stats" data-testid="campaign-stats" aria-live="polite">
      {statFields.map(([field, label]) => (
        <div key={field} className="campaign-stat">
          <dt>{label}</dt>
          <dd data-testid={`campaign-stat-${field}`} data-value={campaign[field]}>
            {formatCount(campaign[field])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

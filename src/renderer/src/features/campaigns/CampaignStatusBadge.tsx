/** A campaign's status as a word and a colour (grey draft, amber while launching, green active). */
import type { CampaignStatus } from '../../../../shared/contract';
import { statusLabels } from './campaignText';
import './campaigns.css';

export function CampaignStatusBadge({ status, testId }: { status: CampaignStatus; testId?: string }) {
  return (
    <span className="campaign-status" data-status={status} data-testid={testId}>
      {statusLabels[status]}
    </span>
  );
}

/**
 * A campaign's action: Launch while it is a draft, Refresh offers once active; nothing while it is launching.
 * Disabled with the reason while the window is not Live, and shown in flight until the change is in this window.
 */
import type { Campaign } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { marketersStore } from './marketersStore';

export function CampaignActions({ campaign }: { campaign: Campaign }) {
  const pending = useStore(marketersStore, (s) => s.pending[campaign.id]);
  const act = useStore(marketersStore, (s) => s.act);
  if (campaign.status !== 'draft' && campaign.status !== 'active') return null;
  const action = campaign.status === 'draft' ? 'launch' : 'refresh';
  const busy = pending === action;
  const word = action === 'launch' ? (busy ? 'Launching…' : 'Launch') : busy ? 'Refreshing…' : 'Refresh offers';
  return (
    <WriteButton
      className="button button-small"
      data-testid={`campaign-${action}`}
      aria-label={`${word} ${campaign.name}`}
      aria-busy={busy || undefined}
      disabled={pending !== undefined}
      onClick={() => void act(campaign, action)}
    >
      {word}
    </WriteButton>
  );
}

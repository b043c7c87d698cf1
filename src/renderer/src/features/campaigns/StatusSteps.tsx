/** A campaign's launch as steps: Draft → Populating → Creating offers → Active, each done, current or to come. */
import { campaignStatuses, type CampaignStatus } from '../../../../shared/contract';
import { statusLabels } from './campaignText';

const icons = { done: '✓', current: '●', todo: '○' } as const;

export function StatusSteps({ status }: { status: CampaignStatus }) {
  const at = campaignStatuses.indexOf(status);
  return (
    <ol className="campaign-steps" aria-label="Launch steps" data-testid="campaign-steps" data-status={status}>
      {campaignStatuses.map((s, i) => {
        // Active is the last step: reached, it is done rather than running.
        const state = i < at || (i === at && s === 'active') ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li key={s} className="campaign-step" data-state={state} data-testid="campaign-step" aria-current={i === at ? 'step' : undefined}>
            <span className="campaign-step-icon" aria-hidden="true">
              {icons[state]}
            </span>
            {statusLabels[s]}
            <span className="visually-hidden">{state === 'done' ? ' (done)' : state === 'current' ? ' (in progress)' : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** A queue job's state as a word, a colour and an icon (amber waiting or running, green completed, red discarded). */
import type { QueueJobState } from '../../../../shared/contract';
import { stateLabels } from './queueText';
import './queue.css';

export function QueueStateBadge({ state, testId }: { state: QueueJobState; testId?: string }) {
  return (
    <span className="queue-state" data-state={state} data-testid={testId}>
      {stateLabels[state]}
    </span>
  );
}

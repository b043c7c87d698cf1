/** The Workflows entry's sidebar count: processes queued or running, shown only while there are any. */
import { useStore } from '../../stores/useStore';
import { isTerminal } from './progress/progressState';
import { workflowsStore } from './workflowsStore';

export function RunningProcessesCount() {
  const count = useStore(workflowsStore, (s) => s.data?.processes.filter((p) => !isTerminal(p.status)).length ?? 0);
  return (
    <span className="sidebar-count" data-testid="nav-workflows-count" aria-label={count ? `${count} running` : undefined}>
      {count ? count : ''}
    </span>
  );
}

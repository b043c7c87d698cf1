/** The sidebar's live agent count; empty until the first snapshot arrives. */
import { useStore } from '../../stores/useStore';
import { agentsStore } from './agentsStore';

export function AgentsCount() {
  const count = useStore(agentsStore, (s) => s.data?.length);
  return (
    <span className="sidebar-count" data-testid="nav-agents-count" aria-label={count === undefined ? undefined : `${count} agents`}>
      {count ?? ''}
    </span>
  );
}

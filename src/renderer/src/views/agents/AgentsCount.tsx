/** The sidebar's live agent count; empty until the first snapshot arrives. */
import { useAgentsStore } from '../../stores/agents/useAgentsStore';

export function AgentsCount() {
  const count = useAgentsStore((s) => s.data?.length);
  return (
    <span className="sidebar-count" data-testid="nav-agents-count" aria-label={count === undefined ? undefined : `${count} agents`}>
      {count ?? ''}
    </span>
  );
}

/** The Inspector entry's sidebar badge: "paused" while the inspector is not recording, nothing otherwise. */
import { useStore } from '../../stores/useStore';
import { inspectorStore } from './inspectorStore';

export function PausedBadge() {
  const paused = useStore(inspectorStore, (s) => s.paused);
  return (
    <span className="sidebar-count" data-testid="nav-inspector-count" aria-label={paused ? 'recording paused' : undefined}>
      {paused ? '❚❚' : ''}
    </span>
  );
}

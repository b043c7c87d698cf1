/**
 * A run (`#/runs/<id>`): its header (status announced when it changes, duration, actions, command, agent,
 * estimate and progress) and its console below, all live from the run's console topic; loading and errors through
 * ReplicaView. The console re-renders at most once per frame.
 */
import { presenceRoom } from '../../../../shared/contract';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { usePresenceRoom } from '../presence';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { Console } from './console/Console';
import { RunHeader } from './RunHeader';
import { runConsoleStore } from './runConsoleStore';
import './runs.css';

export function RunView({ params }: { params: { runId: number } }) {
  const { runId } = params;
  usePresenceRoom(presenceRoom('run', runId));
  const status = useFamilyStore(runConsoleStore, runId, (s) => s.status);
  const error = useFamilyStore(runConsoleStore, runId, (s) => s.error);
  const data = useFamilyStore(runConsoleStore, runId, (s) => s.data);
  return (
    <div className="view run-view">
      <ReplicaView state={{ status, data, error }} label={`run ${runId}`} testId="run">
        {(detail) => (
          <>
            <RunHeader run={detail.run} />
            <Console key={runId} text={detail.console} label={`Console of run ${runId}`} />
          </>
        )}
      </ReplicaView>
    </div>
  );
}

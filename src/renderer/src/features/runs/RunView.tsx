/**
 * A run (`#/runs/<id>`): its status (announced when it changes), duration, job, command and agent, and its
 * console below, all live from the run's console topic. The console re-renders at most once per frame.
 */
import { useFamilyStore } from '../../stores/useFamilyStore';
import { Console } from './console/Console';
import { RunHeader } from './RunHeader';
import { runConsoleStore } from './runConsoleStore';
import './runs.css';

export function RunView({ params }: { params: { runId: number } }) {
  const { runId } = params;
  const status = useFamilyStore(runConsoleStore, runId, (s) => s.status);
  const error = useFamilyStore(runConsoleStore, runId, (s) => s.error);
  const detail = useFamilyStore(runConsoleStore, runId, (s) => s.data);

  return (
    <div className="view run-view">
      {status === 'error' && (
        <p className="banner banner-error" role="alert" data-testid="run-error">
          Could not load run {runId}: {error?.message ?? 'unknown error'}.{' '}
          {error?.code === 'NOT_FOUND' ? 'It may belong to another organization; open it from an agent’s job history.' : 'Reload the window to try again.'}
        </p>
      )}
      {detail ? (
        <>
          <RunHeader run={detail.run} />
          <Console key={runId} text={detail.console} label={`Console of run ${runId}`} />
        </>
      ) : (
        status === 'loading' && (
          <p className="view-loading muted" role="status" data-testid="run-loading">
            Loading run…
          </p>
        )
      )}
    </div>
  );
}

/**
 * The dashboard's counts: jobs per state over every queue (each a toggle that filters the list to that state), and
 * one row per queue with its concurrency, its counts per state and Pause / Resume.
 */
import type { QueueCounts, QueueInfo, QueueJobState } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { queueDashboardStore } from './queueDashboardStore';
import { stateLabels, stateOrder, totalsByState } from './queueText';

interface Props {
  queues: readonly QueueInfo[];
  counts: QueueCounts;
  state: QueueJobState | undefined;
  onState(state: QueueJobState | undefined): void;
}

function PauseButton({ queue }: { queue: QueueInfo }) {
  const pending = useStore(queueDashboardStore, (s) => s.pendingQueues[queue.name]);
  const setPaused = useStore(queueDashboardStore, (s) => s.setPaused);
  const label = pending ? (pending === 'pause' ? 'Pausing…' : 'Resuming…') : queue.paused ? 'Resume' : 'Pause';
  return (
    <WriteButton
      className="button button-small"
      data-testid="queue-pause"
      aria-label={`${label} queue ${queue.name}`}
      aria-busy={pending ? true : undefined}
      disabled={pending !== undefined}
      onClick={() => void setPaused(queue.name, !queue.paused)}
    >
      {label}
    </WriteButton>
  );
}

export function QueueSummary({ queues, counts, state, onState }: Props) {
  const totals = totalsByState(counts);
  // A queue with jobs but no worker on this host still has its counts shown.
  const names = [...new Set([...queues.map((q) => q.name), ...Object.keys(counts)])].sort();
  const infoOf = (name: string) => queues.find((q) => q.name === name);
  return (
    <div className="queue-summary">
      <div className="queue-states" role="group" aria-label="Jobs by state (filters the list)">
        {stateOrder.map((s) => (
          <button
            key={s}
            type="button"
            className="queue-state-total"
            data-state={s}
            data-testid={`queue-total-${s}`}
            aria-pressed={state === s}
            onClick={() => onState(state === s ? undefined : s)}
          >
            <span className="queue-state-total-n" data-testid={`queue-total-${s}-n`}>
              {totals[s]}
            </span>
            <span className="queue-state-total-label">{stateLabels[s]}</span>
          </button>
        ))}
      </div>
      <table className="queue-queues" data-testid="queue-queues">
        <caption className="visually-hidden">Queues, their concurrency and jobs per state</caption>
        <thead>
          <tr>
            <th scope="col">Queue</th>
            <th scope="col">Concurrency</th>
            {stateOrder.map((s) => (
              <th scope="col" key={s}>
                {stateLabels[s]}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {names.length === 0 && (
            <tr>
              <td colSpan={stateOrder.length + 3} className="muted">
                No queues yet: a context defines its workers, and their queues show here.
              </td>
            </tr>
          )}
          {names.map((name) => {
            const info = infoOf(name);
            return (
              <tr key={name} data-testid="queue-row" data-queue={name} data-paused={info?.paused ? 'true' : undefined}>
                <th scope="row">
                  {name}
                  {info?.paused && <span className="queue-paused">paused</span>}
                </th>
                <td>{info ? info.concurrency : '—'}</td>
                {stateOrder.map((s) => (
                  <td key={s} data-testid={`queue-count-${s}`} className={counts[name]?.[s] ? undefined : 'muted'}>
                    {counts[name]?.[s] ?? 0}
                  </td>
                ))}
                <td>{info && <PauseButton queue={info} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

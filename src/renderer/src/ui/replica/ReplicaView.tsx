/**
 * The one loading / error / empty-state wrapper for views backed by a replica: "Loading agents…" until data
 * first arrives, "Could not load agents: …" (with Try again when the caller can retry), the empty state, then the
 * data, which stays rendered (dimmed while stale) through reloads and reconnects instead of flashing to loading.
 */
import type { ReactNode } from 'react';
import { replicaPhase, showsError, type ReplicaViewState } from './replicaPhase';
import './replicaView.css';

interface Props<D> {
  state: ReplicaViewState<D>;
  /** What is loaded, plural and lower-case: "agents" reads "Loading agents…". */
  label: string;
  isEmpty?(data: D): boolean;
  /** Shown when `isEmpty`: say what would fill the view and how. */
  empty?: ReactNode;
  retry?(): void;
  /** Prefix of the test ids: `${testId}-loading`, `${testId}-error`, `${testId}-empty`. */
  testId: string;
  children(data: D): ReactNode;
}

export function ReplicaView<D>({ state, label, isEmpty, empty, retry, testId, children }: Props<D>) {
  const phase = replicaPhase(state, isEmpty);
  return (
    <div className="ui-replica" data-status={state.status}>
      {showsError(state) && (
        <div className="ui-replica-error" role="alert" data-testid={`${testId}-error`}>
          <span>
            Could not load {label}: {state.error?.message ?? 'unknown error'}
          </span>
          {retry && (
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {phase === 'loading' && (
        <p className="ui-replica-loading" role="status" data-testid={`${testId}-loading`}>
          Loading {label}…
        </p>
      )}
      {phase === 'empty' && (
        <div className="ui-replica-empty" data-testid={`${testId}-empty`}>
          {empty}
        </div>
      )}
      {phase === 'data' && state.data !== undefined && <div className="ui-replica-data">{children(state.data)}</div>}
    </div>
  );
}

/**
 * An agent's job history, newest first (the order the server keeps; the list is short, so it is neither sorted
 * nor virtualized). Runs that arrive after the first render slide in at the top.
 */
import { useEffect, useRef } from 'react';
import type { Run } from '../../../../shared/contract';
import { agentsRoute } from '../agents';
import { RunRow } from './RunRow';

export function RunsTable({ runs, hostname }: { runs: readonly Run[]; hostname: string }) {
  const seen = useRef<Set<number> | null>(null);
  seen.current ??= new Set(runs.map((r) => r.id));
  useEffect(() => {
    runs.forEach((r) => seen.current?.add(r.id));
  }, [runs]);

  return (
    <div className="table-scroll">
      <table className="data-table runs-table" data-testid="runs-table">
        <caption className="visually-hidden">Jobs run by {hostname}, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className="col-job">
              Job
            </th>
            <th scope="col" className="col-run-status">
              Status
            </th>
            <th scope="col" className="col-time">
              Started
            </th>
            <th scope="col" className="col-duration">
              Duration
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <RunRow key={run.id} run={run} isNew={!seen.current?.has(run.id)} />
          ))}
          {runs.length === 0 && (
            <tr className="empty-row">
              <td colSpan={4} className="empty-state" data-testid="runs-empty">
                No runs yet — schedule a job on the <a href={agentsRoute.href()}>Agents</a> view; {hostname} runs it when it next asks for work.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

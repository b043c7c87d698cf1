/**
 * The run page's header: back to the agent's job history, the job's name, its status badge (a polite live region,
 * so "Passed" is announced once, while the ticking duration beside it stays silent), the command and the agent.
 */
import type { Run } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { agentRunsRoute } from './runsRoutes';
import { describeDuration } from './formatDuration';
import { RunStatusBadge } from './RunStatusBadge';
import { useSecondTick } from './useSecondTick';

export function RunHeader({ run }: { run: Run }) {
  const now = useSecondTick(run.status === 'building');
  return (
    <header className="run-header" data-testid="run-header" data-status={run.status}>
      <div className="run-title-row">
        <a href={agentRunsRoute.href({ agentUuid: run.agentUuid })} className="back-link" data-testid="back-link">
          <span aria-hidden="true">← </span>
          {run.agentHostname}
        </a>
        <h2 className="view-heading" data-testid="run-job-name">
          {run.jobName}
        </h2>
        <span className="muted cell-mono">#{run.id}</span>
        <span aria-live="polite" aria-atomic="true">
          <RunStatusBadge status={run.status} testId="run-status" />
        </span>
        <span className="run-duration-summary" data-testid="run-duration">
          {describeDuration(run, now)}
        </span>
        {run.exitCode !== null && (
          <span className="muted" data-testid="run-exit-code">
            exit code {run.exitCode}
          </span>
        )}
      </div>
      <dl className="run-meta">
        <div>
          <dt>Command</dt>
          <dd>
            <code className="run-command" data-testid="run-command">
              {run.command}
            </code>
          </dd>
        </div>
        <div>
          <dt>Agent</dt>
          <dd>
            <a href={agentRunsRoute.href({ agentUuid: run.agentUuid })} data-testid="run-agent">
              {run.agentHostname}
            </a>
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{run.startedAt ? <RelativeTime iso={run.startedAt} /> : '—'}</dd>
        </div>
      </dl>
    </header>
  );
}

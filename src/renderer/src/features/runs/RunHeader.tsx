/**
 * The run page's header: back to Builds, the job's name, its status badge (a polite live region, so "Passed" is
 * announced once, while the ticking duration beside it stays silent), Cancel or Re-run, the whole command (expand,
 * copy), the agent, the estimate from the previous run, and the progress against it while building. It also
 * names the window after the run: `colour-demo #1 · Building`.
 */
import type { Run } from '../../../../shared/contract';
import { CommandBlock } from '../../ui/command/CommandBlock';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { buildsRoute, JobActions } from '../jobs';
import { describeDuration } from './formatDuration';
import { RunEstimate } from './RunEstimate';
import { RunProgress } from './RunProgress';
import { RunStatusBadge } from './RunStatusBadge';
import { agentRunsRoute } from './runsRoutes';
import { statusLabels } from './statusLabels';
import { useSecondTick } from './useSecondTick';
import { useWindowTitle } from './useWindowTitle';

export function RunHeader({ run }: { run: Run }) {
  const now = useSecondTick(run.status === 'building');
  useWindowTitle(`${run.jobName} #${run.id} · ${statusLabels[run.status]}`);
  const job = { id: run.jobId, name: run.jobName, status: run.status, cancelRequested: run.cancelRequested };
  return (
    <header className="run-header" data-testid="run-header" data-status={run.status}>
      <div className="run-title-row">
        <a href={buildsRoute.href()} className="back-link" data-testid="back-link">
          <span aria-hidden="true">← </span>Builds
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
        <span className="run-actions">
          <JobActions job={job} testId="run" />
        </span>
      </div>
      <div className="run-command-row">
        <span className="run-command-label">Command</span>
        <CommandBlock command={run.command} testId="run-command" />
      </div>
      <dl className="run-meta">
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
        <RunEstimate run={run} />
      </dl>
      {run.status === 'building' && <RunProgress run={run} />}
    </header>
  );
}

// @vitest-environment happy-dom
/**
 * An agent's job history rendered over the real stores: loading and errors through ReplicaView, then a DataTable
 * of its runs, newest first, sortable, filtered, with rows that link to their runs.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../../../src/shared/contract';
import { agentsStore } from '../../../../../src/renderer/src/features/agents';
import { agentRunsStore } from '../../../../../src/renderer/src/features/runs/agentRunsStore';
import { AgentRunsView } from '../../../../../src/renderer/src/features/runs/AgentRunsView';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type, type Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { agentUuid, run, wire } from './runFixtures';

describe('AgentRunsView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const runIds = () => [...document.querySelectorAll<HTMLElement>('[data-testid="run-row"]')].map((r) => Number(r.dataset.runId));

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, agentsStore, agentRunsStore], { graceMs: 0 });
    view = renderWithStores(stores, <AgentRunsView params={{ agentUuid }} />);
  });
  afterEach(() => {
    view?.unmount();
    stores.dispose();
  });

  it('loads, then lists the runs newest first, linking to each, and flashes a new one in', () => {
    expect(byTestId('runs-loading')?.textContent).toBe('Loading runs…');
    act(() => replicaOf(fake, 'runs.byAgent').loaded(10, [run(3, { jobName: 'lint', status: 'passed' }), run(1), run(2, { status: 'failed' })]));
    expect(runIds()).toEqual([3, 2, 1]);
    expect(byTestId('agent-runs-hostname')?.textContent).toBe('build-01');
    expect(byTestId('runs-table')?.querySelector('a[href="#/runs/3"]')?.textContent).toBe('lint');
    act(() => replicaOf(fake, 'runs.byAgent').receive([wire(`agent_job_runs:${agentUuid}`, 'run_created', { run: run(4) })]));
    expect(runIds()).toEqual([4, 3, 2, 1]);
    expect(document.querySelector('[data-run-id="4"]')?.getAttribute('data-flash')).toBe('new');
  });

  it('sorts by a column header and filters by job, command or #run', () => {
    act(() => replicaOf(fake, 'runs.byAgent').loaded(10, [run(3, { jobName: 'lint' }), run(2, { jobName: 'build' }), run(1, { jobName: 'deploy', command: 'make ship' })]));
    const job = [...document.querySelectorAll('thead button')].find((b) => b.textContent?.startsWith('Job'))!;
    fire(job, new MouseEvent('click', { bubbles: true }));
    expect(runIds()).toEqual([2, 1, 3]);
    type(document.querySelector<HTMLInputElement>('[data-testid="runs-filter"]')!, 'ship');
    expect(runIds()).toEqual([1]);
    expect(byTestId('runs-count')?.textContent).toBe('1 of 3 runs');
  });

  it('says why the history could not load', () => {
    act(() => replicaOf(fake, 'runs.byAgent').failed(new NotFoundError('No agent 00000000 in this organization')));
    expect(byTestId('runs-error')?.textContent).toContain('Could not load runs: No agent 00000000 in this organization');
  });
});

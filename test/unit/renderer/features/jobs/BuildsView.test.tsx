// @vitest-environment happy-dom
/**
 * The Builds view rendered over the real stores: three live groups, one filter over all of them, the picked job
 * highlighted, "waiting: no agent online" while no enabled agent is in contact, and Cancel sending its command.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../../src/shared/contract';
import { agentsStore } from '../../../../../src/renderer/src/features/agents';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { BuildsView } from '../../../../../src/renderer/src/features/jobs/BuildsView';
import { jobsStore } from '../../../../../src/renderer/src/features/jobs/jobsStore';
import { queueStore } from '../../../../../src/renderer/src/features/jobs/queueStore';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type, type Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { agentUuid, finished, job, running } from './jobFixtures';

const otherAgentUuid = '00000000-0000-4000-8000-0000000000b2';
// Each agent of a list is its own: the disabled one has a uuid of its own.
const agent = (lastContactAt: string | null, enabled = true): Agent => ({
  uuid: enabled ? agentUuid : otherAgentUuid, orgId: 'acme', hostname: enabled ? 'build-01' : 'build-02', ipAddress: null, os: 'Linux', resources: [], enabled,
  createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', lastContactAt,
});
const jobs = [job(5, { name: 'lint' }), job(4), running(3), finished(2, 'failed'), finished(1, 'passed', { name: 'lint' })];

describe('BuildsView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const rows = (group?: string) =>
    [...document.querySelectorAll<HTMLElement>(`[data-testid="build-row"]${group ? `[data-group="${group}"]` : ''}`)].map((r) => Number(r.dataset.jobId));
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, agentsStore, queueStore, jobsStore], { graceMs: 0 });
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
  });

  function show(params: { jobId?: number } = {}, agents: Agent[] = []) {
    view ??= renderWithStores(stores, <BuildsView params={params} />);
    // The groups (and their agents list) mount once the jobs arrived.
    act(() => replicaOf(fake, 'jobs.list').loaded(10, jobs));
    act(() => replicaOf(fake, 'agents.list').loaded(10, agents));
  }

  it('says it is loading, then shows queued, running and recent jobs, each newest first', () => {
    view = renderWithStores(stores, <BuildsView params={{}} />);
    expect(byTestId('builds-loading')?.textContent).toBe('Loading builds…');
    show();
    expect(rows('queued')).toEqual([5, 4]);
    expect(rows('running')).toEqual([3]);
    expect(rows('recent')).toEqual([2, 1]);
    expect(byTestId('builds-count')?.textContent).toBe('5 builds');
    expect(byTestId('builds-running')?.querySelector('a[href="#/runs/3"]')?.textContent).toBe('job-3');
    expect(byTestId('builds-queued')?.querySelector('a[href="#/builds/5"]')?.textContent).toBe('lint');
  });

  it('filters every group with one box', () => {
    show();
    type(document.querySelector<HTMLInputElement>('[data-testid="builds-filter"]')!, 'lint');
    expect(rows()).toEqual([5, 1]);
    expect(byTestId('builds-count')?.textContent).toBe('2 of 5 builds');
    expect(byTestId('builds-running-empty')?.textContent).toBe('No running jobs match “lint”.');
  });

  it('says queued jobs wait with no agent online, until an enabled agent is in contact', () => {
    show({}, [agent(null), agent(new Date().toISOString(), false)]);
    expect(byTestId('builds-waiting')?.textContent).toContain('waiting: no agent online');
    expect(document.querySelectorAll('[data-testid="job-waiting"]')).toHaveLength(2);
    act(() => replicaOf(fake, 'agents.list').receive([{ seq: 11, topic: 'agents:updates:acme', type: 'agent_seen', payload: { uuid: agentUuid, lastContactAt: new Date().toISOString() } }]));
    expect(byTestId('builds-waiting')).toBeNull();
    expect(document.querySelectorAll('[data-testid="job-waiting"]')).toHaveLength(0);
  });

  it('highlights the picked job, and says so when it is not in the list', () => {
    show({ jobId: 4 });
    expect(document.querySelector('[data-selected="true"]')?.getAttribute('data-job-id')).toBe('4');
    view?.unmount();
    view = undefined;
    show({ jobId: 99 });
    expect(byTestId('builds-missing')?.textContent).toContain('Job #99 is not in the list');
  });

  it('cancels a queued job and re-runs a finished one from their rows', () => {
    show();
    fire(byTestId('builds-queued')!.querySelector('[data-testid="job-cancel"]')!, new MouseEvent('click', { bubbles: true }));
    fire(byTestId('builds-recent')!.querySelector('[data-testid="job-rerun"]')!, new MouseEvent('click', { bubbles: true }));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['jobs.cancel', { id: 5 }], ['jobs.rerun', { id: 2 }]]);
    expect(byTestId('builds-queued')!.querySelector('[data-testid="job-cancel"]')?.textContent).toBe('Cancelling…');
    expect(byTestId('builds-running')!.querySelector('[data-testid="job-cancel"]')?.getAttribute('aria-label')).toBe('Cancel job-3 #3');
  });
});

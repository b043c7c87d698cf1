// @vitest-environment happy-dom
/**
 * The Workflows view over the real stores: a definition's card follows the coarse `workflows.latest` and adds the
 * fine `processes.detail` only once a process exists (the seed's multi-level subscription), moving to a newly
 * created one; the processes list and the sidebar count of running processes are live.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workflow } from '../../../../../src/shared/contract';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { processDetailStore } from '../../../../../src/renderer/src/features/workflows/processDetailStore';
import { progressSourcesStore } from '../../../../../src/renderer/src/features/workflows/progressSourcesStore';
import { RunningProcessesCount } from '../../../../../src/renderer/src/features/workflows/RunningProcessesCount';
import { workflowLatestStore } from '../../../../../src/renderer/src/features/workflows/workflowLatestStore';
import { WorkflowsView } from '../../../../../src/renderer/src/features/workflows/WorkflowsView';
import { workflowsStore } from '../../../../../src/renderer/src/features/workflows/workflowsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import type { Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { wire } from '../runs/runFixtures';
import { at, process } from './workflowFixtures';

const workflow: Workflow = { id: 3, orgId: 'acme', name: 'deploy', version: 2, steps: [{ name: 'fetch', kind: 'delay', ms: 1 }], updatedAt: at(0) };

describe('WorkflowsView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const detailKeys = () => fake.replicas.filter((r) => r.key.startsWith('processes.detail:')).map((r) => r.key);

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, workflowsStore, processDetailStore, workflowLatestStore, progressSourcesStore], { graceMs: 0 });
    view = renderWithStores(
      stores,
      <>
        <RunningProcessesCount />
        <WorkflowsView />
      </>,
    );
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
  });

  it('adds the fine subscription only once a process exists, and moves to a new one', () => {
    act(() => replicaOf(fake, 'workflows.list').loaded(10, { workflows: [workflow], processes: [] }));
    expect(q('workflow-card')?.dataset['name']).toBe('deploy');
    expect(q('workflow-version')?.textContent).toBe('v2');
    act(() => replicaOf(fake, 'workflows.latest').loaded(10, { workflow, process: null }));
    expect(q('workflow-no-process')).not.toBeNull();
    expect(detailKeys()).toEqual([]);

    act(() => replicaOf(fake, 'workflows.latest').receive([wire('workflow:3', 'process_created', { processId: 7, workflowId: 3, timestamp: at(1) })]));
    expect(detailKeys()).toEqual(['processes.detail:{"id":7}']);
    act(() => replicaOf(fake, 'processes.detail').loaded(11, { process: process(), output: {} }));
    expect(q('workflow-widget')?.dataset['processId']).toBe('7');
    expect(q('workflow-widget-open')?.getAttribute('href')).toBe('#/processes/7');

    act(() => replicaOf(fake, 'workflows.latest').receive([wire('workflow:3', 'process_created', { processId: 8, workflowId: 3, timestamp: at(2) })]));
    expect(detailKeys()).toContain('processes.detail:{"id":8}');
  });

  it('lists processes live, unfinished first, and counts the running ones in the sidebar', () => {
    act(() => replicaOf(fake, 'workflows.list').loaded(10, { workflows: [workflow], processes: [process({ id: 5, status: 'completed' })] }));
    expect(q('nav-workflows-count')?.textContent).toBe('');
    act(() => replicaOf(fake, 'workflows.list').receive([wire('organization:acme', 'process_changed', { process: process({ id: 6 }), timestamp: at(3) })]));
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="process-row"]')].map((r) => [r.dataset['processId'], r.dataset['status']]);
    expect(rows).toEqual([
      ['6', 'running'],
      ['5', 'completed'],
    ]);
    expect(q('nav-workflows-count')?.textContent).toBe('1');
  });
});

// @vitest-environment happy-dom
/**
 * The process page over the real stores: the widget loads from processes.detail, paints a burst of events through
 * its widget store (throttled, ending at the last), shows the result widget with the failed step's error and Retry
 * sending processes.retryStep, and says when a newer process of the workflow started (the coarse level).
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { processDetailStore } from '../../../../../src/renderer/src/features/workflows/processDetailStore';
import { ProcessView } from '../../../../../src/renderer/src/features/workflows/ProcessView';
import { progressSourcesStore } from '../../../../../src/renderer/src/features/workflows/progressSourcesStore';
import { workflowLatestStore } from '../../../../../src/renderer/src/features/workflows/workflowLatestStore';
import { workflowsStore } from '../../../../../src/renderer/src/features/workflows/workflowsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { wire } from '../runs/runFixtures';
import { at, process, step } from './workflowFixtures';

describe('ProcessView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const topic = 'process:7';

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, workflowsStore, processDetailStore, workflowLatestStore, progressSourcesStore], { graceMs: 0 });
    view = renderWithStores(stores, <ProcessView params={{ processId: 7 }} />);
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
    act(() => vi.runAllTimers());
    vi.useRealTimers();
    expect(fake.openSubscriptions()).toBe(0);
  });

  it('loads the process, paints a burst once at its last state, then the result with Retry', () => {
    expect(q('process-loading')?.textContent).toBe('Loading process #7…');
    act(() => replicaOf(fake, 'processes.detail').loaded(10, { process: process(), output: {} }));
    expect(q('process-widget')?.dataset['status']).toBe('running');
    const events = Array.from({ length: 1000 }, (_, i) => wire(topic, 'progress_update', { content: `tick ${i + 1}`, percentage: (i + 1) / 10, timestamp: at(i) }));
    act(() => replicaOf(fake, 'processes.detail').receive(events));
    expect(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('0');
    act(() => vi.advanceTimersByTime(500));
    expect(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('100');
    expect(q('process-widget-note')?.textContent).toBe('tick 1000');

    const failed = process({ status: 'failed', finishedAt: at(2000), steps: [step('fetch', { status: 'failed', error: 'HTTP 503 from https://example.test', attempts: 1 }), step('build'), step('ship')] });
    act(() =>
      replicaOf(fake, 'processes.detail').receive([
        wire(topic, 'step_failed', { step: 'fetch', error: 'HTTP 503 from https://example.test', attempt: 1, willRetry: false, timestamp: at(2000) }),
        wire(topic, 'process_updated', { process: failed, timestamp: at(2000) }),
      ]),
    );
    // The end is painted at once, not after the throttle.
    expect(q('process-widget')?.dataset['status']).toBe('failed');
    expect(q('process-widget-status')?.textContent).toBe('Failed');
    expect(q('activity-error')?.textContent).toBe('HTTP 503 from https://example.test');
    fire(q('step-retry')!, new MouseEvent('click', { bubbles: true }));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['processes.retryStep', { id: 7, step: 'fetch' }]]);
  });

  it('says when a newer process of the same workflow started', () => {
    act(() => replicaOf(fake, 'processes.detail').loaded(10, { process: process(), output: { fetch: 'hello\n' } }));
    const workflow = { id: 3, orgId: 'acme', name: 'deploy', version: 2, steps: [{ name: 'fetch', kind: 'delay' as const, ms: 1 }], updatedAt: at(0) };
    act(() => replicaOf(fake, 'workflows.latest').loaded(10, { workflow, process: process() }));
    expect(q('newer-process')).toBeNull();
    act(() => replicaOf(fake, 'workflows.latest').receive([wire('workflow:3', 'process_created', { processId: 8, workflowId: 3, timestamp: at(5) })]));
    expect(q('newer-process')?.querySelector('a')?.getAttribute('href')).toBe('#/processes/8');
    expect(q('step-output')?.textContent).toBe('hello\n');
  });
});

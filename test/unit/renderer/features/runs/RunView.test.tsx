// @vitest-environment happy-dom
/**
 * The run page rendered over the real stores: the whole command, the previous run as the estimate with a progress
 * bar while building, Cancel turning into "Cancelling…" once asked, Re-run once finished, and the window title.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { jobsStore } from '../../../../../src/renderer/src/features/jobs';
import { currentRoomStore } from '../../../../../src/renderer/src/features/presence/currentRoomStore';
import { presenceRoomStore } from '../../../../../src/renderer/src/features/presence/presenceRoomStore';
import { runConsoleStore } from '../../../../../src/renderer/src/features/runs/runConsoleStore';
import { RunView } from '../../../../../src/renderer/src/features/runs/RunView';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type Rendered } from '../../ui/renderRoot';
import { finished, running } from '../jobs/jobFixtures';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { run, wire } from './runFixtures';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
/** The console store re-renders its readers once per animation frame: let one pass, and the microtask after it. */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => queueMicrotask(resolve))));

describe('RunView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  let building: ReturnType<typeof run>;

  beforeEach(() => {
    // The clock stands still (timers and frames stay real), so "5 s elapsed" holds however slowly the test runs.
    vi.useFakeTimers({ toFake: ['Date'] });
    building = run(9, { jobName: 'colour-demo', status: 'building', startedAt: ago(5_000), command: 'for i in 1 2 3\ndo echo $i\ndone' });
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, jobsStore, runConsoleStore, presenceRoomStore, currentRoomStore], { graceMs: 0 });
    view = renderWithStores(stores, <RunView params={{ runId: 9 }} />);
  });
  afterEach(() => {
    vi.useRealTimers();
    view?.unmount();
    stores.dispose();
  });

  async function load(detail = building, jobs = [running(9, { name: 'colour-demo' }), finished(8, 'passed', { name: 'colour-demo', startedAt: ago(60_000), finishedAt: ago(40_000) })]) {
    expect(byTestId('run-loading')?.textContent).toBe('Loading run 9…');
    act(() => replicaOf(fake, 'runs.detail').loaded(10, { run: detail, console: 'line 1\n' }));
    await nextFrame();
    act(() => replicaOf(fake, 'jobs.list').loaded(10, jobs));
    // The title waits a microtask for the frame's own.
    await act(async () => {});
  }

  it('shows the whole command, expandable and copyable, and names the window after the run', async () => {
    await load();
    expect(byTestId('run-command')?.textContent).toBe('for i in 1 2 3\ndo echo $i\ndone');
    const expand = byTestId('run-command-expand')!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fire(expand, new MouseEvent('click', { bubbles: true }));
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('run-command-copy')?.getAttribute('aria-label')).toBe('Copy command');
    expect(document.title).toBe('colour-demo #9 · Building — Switchboard — Bob');
  });

  it('estimates from the previous run of the same job, with a progress bar and the time left', async () => {
    await load();
    expect(byTestId('run-estimate')?.textContent).toBe('20.0 s (previous run #8, passed)');
    const bar = byTestId('run-progress')!.querySelector('[role="progressbar"]')!;
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(24);
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(26);
    expect(byTestId('run-progress-caption')?.textContent).toMatch(/^5\.\d s elapsed · about 1[45] s left$/);
  });

  it('has an indeterminate bar and no estimate for a job that never finished before', async () => {
    await load(building, [running(9, { name: 'colour-demo' })]);
    expect(byTestId('run-estimate')).toBeNull();
    expect(byTestId('run-progress')?.getAttribute('data-indeterminate')).toBe('true');
  });

  it('cancels the job from the run page and says "Cancelling…" until the agent stops it', async () => {
    await load();
    fire(byTestId('run-cancel')!, new MouseEvent('click', { bubbles: true }));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['jobs.cancel', { id: 9 }]]);
    act(() => replicaOf(fake, 'runs.detail').receive([wire('agent_job_run_console:9', 'run_updated', { run: { ...building, cancelRequested: true } })]));
    await nextFrame();
    expect(byTestId('run-cancel')?.textContent).toBe('Cancelling…');
    expect(byTestId('run-cancel')?.hasAttribute('disabled')).toBe(true);
    const ended = { ...building, cancelRequested: true, status: 'cancelled' as const, finishedAt: new Date().toISOString() };
    act(() => replicaOf(fake, 'runs.detail').receive([wire('agent_job_run_console:9', 'run_updated', { run: ended })]));
    await nextFrame();
    expect(byTestId('run-status')?.textContent).toBe('Cancelled');
    expect(byTestId('run-progress')).toBeNull();
    expect(byTestId('run-rerun')?.textContent).toBe('Re-run');
    expect(document.title).toBe('colour-demo #9 · Cancelled — Switchboard — Bob');
  });
});

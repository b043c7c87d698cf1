// @vitest-environment happy-dom
/**
 * The Queue view over the real stores: counts per state and per queue moving live, a state toggle filtering the
 * list, Pause sending its command, a job's detail with args, attempts and errors, and Retry sending queue.retry.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { queueDashboardStore } from '../../../../../src/renderer/src/features/queue/queueDashboardStore';
import { QueueView } from '../../../../../src/renderer/src/features/queue/QueueView';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';
import { wire } from '../runs/runFixtures';
import { dashboard, queueJob } from './queueFixtures';

const failedJob = queueJob(3, { state: 'retryable', attempt: 1, args: { url: 'https://example.test' }, errors: [{ attempt: 1, at: '2026-11-27T10:00:05.000Z', error: 'HTTP 503\nat fetch' }] });
const snapshot = dashboard({
  queues: [
    { name: 'default', concurrency: 10, paused: false },
    { name: 'mail', concurrency: 2, paused: true },
  ],
  counts: { default: { available: 1, executing: 1, retryable: 1 } },
  jobs: [failedJob, queueJob(2, { state: 'executing', attempt: 1 }), queueJob(1)],
});

describe('QueueView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="queue-job-row"]')].map((r) => Number(r.dataset['jobId']));
  const click = (el: Element) => fire(el, new MouseEvent('click', { bubbles: true }));

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, queueDashboardStore], { graceMs: 0 });
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
  });

  function show(params: { jobId?: number } = {}) {
    view = renderWithStores(stores, <QueueView params={params} />);
    expect(q('queue-loading')?.textContent).toBe('Loading the queue…');
    act(() => replicaOf(fake, 'queue.dashboard').loaded(10, snapshot));
  }

  it('shows counts per state and per queue, moving live', () => {
    show();
    expect(q('queue-total-executing-n')?.textContent).toBe('1');
    expect(q('queue-total-available-n')?.textContent).toBe('1');
    const mail = document.querySelector<HTMLElement>('[data-testid="queue-row"][data-queue="mail"]')!;
    expect(mail.dataset['paused']).toBe('true');
    expect(rows()).toEqual([3, 2, 1]);
    act(() => replicaOf(fake, 'queue.dashboard').receive([wire('queue:updates:acme', 'queue_job_changed', { job: queueJob(1, { state: 'executing', attempt: 1 }), from: 'available' as const })]));
    expect(q('queue-total-executing-n')?.textContent).toBe('2');
    expect(q('queue-total-available-n')?.textContent).toBe('0');
  });

  it('filters the list to one state with its toggle', () => {
    show();
    const toggle = q('queue-total-retryable')!;
    click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(rows()).toEqual([3]);
    click(toggle);
    expect(rows()).toEqual([3, 2, 1]);
  });

  it('pauses and resumes a queue', () => {
    show();
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="queue-pause"]')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Pause', 'Resume']);
    click(buttons[0]!);
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['queue.pause', { queue: 'default' }]]);
    expect(buttons[0]!.textContent).toBe('Pausing…');
    click(buttons[1]!);
    expect(fake.commands.map((c) => c.name)).toEqual(['queue.pause', 'queue.resume']);
  });

  it('shows a job’s detail with args, attempts and errors, and retries it', () => {
    show({ jobId: 3 });
    expect(q('queue-job-panel')?.dataset['jobId']).toBe('3');
    expect(JSON.parse(q('queue-job-args')!.textContent!)).toEqual({ url: 'https://example.test' });
    expect(q('queue-job-attempts')?.textContent).toBe('1 of 3');
    expect(q('queue-job-error')?.querySelector('pre')?.textContent).toBe('HTTP 503\nat fetch');
    expect(q('queue-job-cancel')).not.toBeNull();
    click(q('queue-job-retry')!);
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['queue.retry', { id: 3 }]]);
  });

  it('keeps the filter and the state toggle when a job’s detail opens (another route, a new view)', () => {
    show();
    click(q('queue-total-retryable')!);
    view?.unmount();
    view = renderWithStores(stores, <QueueView params={{ jobId: 3 }} />);
    expect(q('queue-total-retryable')?.getAttribute('aria-pressed')).toBe('true');
    expect(rows()).toEqual([3]);
  });

  it('says when the picked job is not in the dashboard', () => {
    show({ jobId: 99 });
    expect(q('queue-job-missing')?.textContent).toContain('Job #99 is not in the dashboard');
  });
});

// @vitest-environment happy-dom
/**
 * The widgets: a progressbar with its value, the current step, elapsed and ETA, each step once with its status and
 * duration, a failed step's error in full with Retry, the status in a polite live region; the result widget once
 * the process ends; and a widget fed by a source paints a burst once, ending at its last state.
 */
import { act } from 'react';
import { createStore } from 'zustand/vanilla';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyProgressEvents } from '../../../../../src/renderer/src/features/workflows/progress/applyProgressEvent';
import { ProcessWidget } from '../../../../../src/renderer/src/features/workflows/progress/ProcessWidget';
import { initProgress, type ProgressState } from '../../../../../src/renderer/src/features/workflows/progress/progressState';
import { useProgressWidget } from '../../../../../src/renderer/src/features/workflows/progress/useProgressWidget';
import { fire, renderRoot, type Rendered } from '../../ui/renderRoot';
import { at, completed, failed, process, progress, started, step, updated } from './workflowFixtures';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.useRealTimers();
});
const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

const running = () => applyProgressEvents(initProgress({ process: process({ startedAt: new Date(Date.now() - 10_000).toISOString() }), output: { build: 'compiling\n' } }), [started('fetch', 0), completed('fetch', 1500), started('build', 1600)]);

describe('ProgressWidget', () => {
  it('is a progressbar with the percentage, the current step, elapsed time and ETA', () => {
    const state: ProgressState = { ...running(), percentage: 40, eta: Date.now() + 15_000 };
    view = renderRoot(<ProcessWidget progress={state} />);
    const bar = document.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(q('progress-widget-bar-percent')?.textContent).toBe('40%');
    expect(q('progress-widget-current')?.textContent).toBe('build');
    expect(q('progress-widget-caption')?.textContent).toMatch(/^build · 10\.\d s elapsed · about 1\d\.\d s left$/);
    const status = q('progress-widget-status')!;
    expect([status.textContent, status.getAttribute('aria-live')]).toEqual(['Running', 'polite']);
  });

  it('lists each step once with its status and duration', () => {
    view = renderRoot(<ProcessWidget progress={running()} />);
    expect(all('activity').map((li) => [li.dataset['step'], li.dataset['status']])).toEqual([
      ['fetch', 'completed'],
      ['build', 'running'],
      ['ship', 'pending'],
    ]);
    expect(all('activity-duration')[0]?.textContent).toBe('1.5 s');
    expect(all('activity-status').map((s) => s.textContent)).toEqual(['Done', 'Running', 'Pending']);
  });

  it('shows output only full size', () => {
    view = renderRoot(<ProcessWidget progress={running()} />);
    expect(q('step-output')).toBeNull();
    view.render(<ProcessWidget progress={running()} full />);
    expect(q('step-output')?.textContent).toBe('compiling\n');
  });
});

describe('ResultWidget', () => {
  it('replaces the progress widget when the process fails, with the error in full and Retry', () => {
    const error = `exit code 2\n${'stack line\n'.repeat(40)}`;
    const failedProcess = process({ status: 'failed', finishedAt: at(4000), steps: [step('fetch', { status: 'completed' }), step('build', { status: 'failed', error }), step('ship', { status: 'skipped' })] });
    const state = applyProgressEvents(running(), [failed('build', 4000, error), updated(failedProcess, 4000)]);
    const retried: string[] = [];
    view = renderRoot(
      <ProcessWidget
        progress={state}
        retry={(a) => (
          <button type="button" data-testid="retry" onClick={() => retried.push(a.step)}>
            Retry
          </button>
        )}
      />,
    );
    expect(q('progress-widget')).toBeNull();
    expect(q('result-widget')?.dataset['status']).toBe('failed');
    expect(q('result-widget-status')?.textContent).toBe('Failed');
    expect(q('result-widget-summary')?.textContent).toContain('1 of 3 steps done · build failed');
    expect(q('activity-error')?.textContent).toBe(error);
    fire(q('retry')!, new MouseEvent('click', { bubbles: true }));
    expect(retried).toEqual(['build']);
  });

  it('says completed with every step done', () => {
    const done = process({ status: 'completed', percentage: 100, startedAt: at(0), finishedAt: at(3200), steps: ['fetch', 'build', 'ship'].map((n) => step(n, { status: 'completed' })) });
    view = renderRoot(<ProcessWidget progress={initProgress({ process: done, output: {} })} />);
    expect(q('result-widget-summary')?.textContent).toBe('Completed in 3.2 s · 3 of 3 steps done');
  });
});

describe('useProgressWidget', () => {
  function Throttled({ source, throttleMs }: { source: Parameters<typeof useProgressWidget>[0]; throttleMs: number }) {
    const painted = useProgressWidget(source, throttleMs);
    return painted ? <ProcessWidget progress={painted} /> : <p data-testid="none">none</p>;
  }

  it('paints a burst from its source once, at the last state, and the end at once', () => {
    vi.useFakeTimers();
    const source = createStore<{ data: ProgressState | undefined }>()(() => ({ data: undefined }));
    view = renderRoot(<Throttled source={source} throttleMs={500} />);
    expect(q('none')).not.toBeNull();
    const first = running();
    act(() => source.setState({ data: first }));
    let state = first;
    act(() => {
      for (let i = 1; i <= 1000; i++) {
        state = applyProgressEvents(state, [progress(i / 10, 2000 + i)]);
        source.setState({ data: state });
      }
    });
    expect(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('0');
    act(() => vi.advanceTimersByTime(500));
    expect(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('100');
    const done = process({ status: 'completed', percentage: 100, finishedAt: at(5000), steps: ['fetch', 'build', 'ship'].map((n) => step(n, { status: 'completed' })) });
    act(() => source.setState({ data: applyProgressEvents(state, [updated(done, 5000)]) }));
    expect(q('result-widget-status')?.textContent).toBe('Completed');
  });
});

/**
 * The widget store coalesces: every event is applied, paints happen at most once per throttle on a trailing timer,
 * the last paint is the last state, and a terminal status paints at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressWidget } from '../../../../../src/renderer/src/features/workflows/progress/createProgressWidget';
import { initProgress } from '../../../../../src/renderer/src/features/workflows/progress/progressState';
import { applyProgressEvents } from '../../../../../src/renderer/src/features/workflows/progress/applyProgressEvent';
import { at, completed, failed, process, progress, started, step, updated } from './workflowFixtures';

const initial = () => initProgress({ process: process(), output: {} });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createProgressWidget', () => {
  it('paints a burst of 1,000 progress events once, ending at the last one', () => {
    const widget = createProgressWidget({ initial: initial() });
    const painted: number[] = [];
    widget.subscribe((s) => painted.push(s.progress!.percentage));
    for (let i = 1; i <= 1000; i++) widget.apply([progress(i / 10, i)]);
    expect(painted).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(painted).toEqual([100]);
    expect(widget.getState().progress?.updates.at(-1)?.content).toBe('at 100%');
    widget.dispose();
  });

  it('paints at most once per throttle under a steady stream, and always the last state', () => {
    const widget = createProgressWidget({ initial: initial(), throttleMs: 500 });
    const paints: number[] = [];
    widget.subscribe(() => paints.push(Date.now()));
    // 100 events a second for 3 s.
    for (let i = 1; i <= 300; i++) {
      widget.apply([progress(i / 3, i * 10)]);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    expect(paints.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < paints.length; i++) expect(paints[i]! - paints[i - 1]!).toBeGreaterThanOrEqual(500);
    expect(widget.getState().progress?.percentage).toBe(100);
    widget.dispose();
  });

  it('applies a batch in one update', () => {
    const widget = createProgressWidget({ initial: initial(), throttleMs: 0 });
    let paints = 0;
    widget.subscribe(() => paints++);
    widget.apply([started('fetch', 0), progress(10, 5), completed('fetch', 10), started('build', 11)]);
    vi.runAllTimers();
    expect(paints).toBe(1);
    expect(widget.getState().progress?.activities.map((a) => a.status)).toEqual(['completed', 'running', 'pending']);
  });

  it('paints a terminal status at once, without waiting for the throttle', () => {
    const widget = createProgressWidget({ initial: initial(), throttleMs: 5000 });
    widget.apply([progress(50, 10)]);
    expect(widget.getState().progress?.percentage).toBe(0);
    const done = process({ status: 'failed', finishedAt: at(20), steps: [step('fetch', { status: 'failed', error: 'exit code 2' }), step('build'), step('ship')] });
    widget.apply([failed('fetch', 20, 'exit code 2'), updated(done, 20)]);
    expect(widget.getState().progress).toMatchObject({ status: 'failed' });
    expect(widget.getState().progress?.activities[0]).toMatchObject({ status: 'failed', error: 'exit code 2' });
    expect(vi.getTimerCount()).toBe(0);
    widget.dispose();
  });

  it('lists each step once after a long run of events, matching the reducer applied directly', () => {
    const events = ['fetch', 'build', 'ship'].flatMap((name, i) => [started(name, i * 100), ...Array.from({ length: 200 }, (_, k) => progress(i * 33 + k / 10, i * 100 + k)), completed(name, i * 100 + 99)]);
    const widget = createProgressWidget({ initial: initial(), throttleMs: 100 });
    for (const event of events) widget.apply([event]);
    vi.runAllTimers();
    expect(widget.getState().progress).toEqual(applyProgressEvents(initial(), events));
    expect(widget.getState().progress?.activities.map((a) => a.step)).toEqual(['fetch', 'build', 'ship']);
  });

  it('load publishes at once; offer coalesces like apply; nothing after dispose', () => {
    const widget = createProgressWidget({ throttleMs: 200 });
    widget.apply([progress(10, 1)]);
    expect(widget.getState().progress).toBeUndefined();
    widget.offer(initial());
    expect(widget.getState().publishes).toBe(1);
    const later = applyProgressEvents(initial(), [progress(60, 100)]);
    widget.offer(later);
    widget.offer(applyProgressEvents(later, [progress(70, 120)]));
    expect(widget.getState().progress?.percentage).toBe(0);
    vi.advanceTimersByTime(200);
    expect(widget.getState()).toMatchObject({ publishes: 2, progress: { percentage: 70 } });
    widget.apply([progress(80, 300)]);
    widget.dispose();
    vi.runAllTimers();
    expect(widget.getState().progress?.percentage).toBe(70);
  });

  it('flush paints the pending state now', () => {
    const widget = createProgressWidget({ initial: initial(), throttleMs: 10_000 });
    widget.apply([progress(33, 1)]);
    widget.flush();
    expect(widget.getState().progress?.percentage).toBe(33);
    expect(vi.getTimerCount()).toBe(0);
  });
});

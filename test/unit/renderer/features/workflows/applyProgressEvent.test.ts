/** The progress reducer: each step once, errors in full, ETA from the pace so far, output in order, notes bounded. */
import { describe, expect, it } from 'vitest';
import { applyProgressEvent, applyProgressEvents } from '../../../../../src/renderer/src/features/workflows/progress/applyProgressEvent';
import { NOTES_KEPT, estimateEta, initProgress } from '../../../../../src/renderer/src/features/workflows/progress/progressState';
import { at, completed, failed, output, process, progress, started, step, t0, updated } from './workflowFixtures';

const initial = () => initProgress({ process: process(), output: {} });

describe('applyProgressEvent', () => {
  it('lists each step once through starts, retries and completions', () => {
    const state = applyProgressEvents(initial(), [
      started('fetch', 100),
      completed('fetch', 600, { ok: true }),
      started('build', 700),
      failed('build', 900, 'exit code 1', true),
      started('build', 1900, 2),
      completed('build', 2500),
      started('ship', 2600),
      started('ship', 2600),
    ]);
    expect(state.activities.map((a) => [a.step, a.status, a.attempt])).toEqual([
      ['fetch', 'completed', 1],
      ['build', 'completed', 2],
      ['ship', 'running', 1],
    ]);
    expect(state.activities[0]).toMatchObject({ durationMs: 500, result: { ok: true } });
    expect(state.activities[1]).toMatchObject({ durationMs: 600, error: null });
    expect(state.currentStep).toBe('ship');
  });

  it('keeps a failed step’s error in full, and a retrying one as pending with its error', () => {
    const long = `boom\n${'x'.repeat(5000)}`;
    let state = applyProgressEvents(initial(), [started('fetch', 0), failed('fetch', 50, 'timeout', true)]);
    expect(state.activities[0]).toMatchObject({ status: 'pending', error: 'timeout', willRetry: true });
    state = applyProgressEvents(state, [started('fetch', 100, 2), failed('fetch', 200, long, false, 2)]);
    expect(state.activities[0]).toMatchObject({ status: 'failed', error: long, attempt: 2, willRetry: false });
  });

  it('adds a step it did not know at the end, once', () => {
    const state = applyProgressEvents(initial(), [started('extra', 10), completed('extra', 20)]);
    expect(state.activities.map((a) => a.step)).toEqual(['fetch', 'build', 'ship', 'extra']);
  });

  it('takes percentage and notes from progress updates, bounded to the newest', () => {
    const events = Array.from({ length: NOTES_KEPT + 10 }, (_, i) => progress(i + 1, 1000 * (i + 1)));
    const state = applyProgressEvents(initial(), events);
    expect(state.percentage).toBe(NOTES_KEPT + 10);
    expect(state.updates).toHaveLength(NOTES_KEPT);
    expect(state.updates.at(-1)?.content).toBe(`at ${NOTES_KEPT + 10}%`);
    expect(state.updates[0]?.content).toBe('at 11%');
  });

  it('estimates the end from the pace so far', () => {
    const state = applyProgressEvent(initial(), progress(25, 10_000));
    expect(state.eta).toBe(t0 + 40_000);
    expect(estimateEta('running', at(0), 0, at(5))).toBeNull();
    expect(estimateEta('completed', at(0), 50, at(5))).toBeNull();
    expect(estimateEta('running', null, 50, at(5))).toBeNull();
  });

  it('appends output in order and skips a chunk at the wrong offset', () => {
    let state = applyProgressEvents(initial(), [output('build', 0, 'hello '), output('build', 6, 'world\n')]);
    expect(state.output['build']).toBe('hello world\n');
    state = applyProgressEvents(state, [output('build', 0, 'hello '), output('build', 99, 'gap')]);
    expect(state.output['build']).toBe('hello world\n');
  });

  it('takes status and steps from process_updated, keeping notes and output', () => {
    let state = applyProgressEvents(initial(), [progress(40, 1000), output('fetch', 0, 'x')]);
    const done = process({
      status: 'completed',
      percentage: 97,
      finishedAt: at(3000),
      steps: [step('fetch', { status: 'completed', startedAt: at(0), finishedAt: at(1000), attempts: 1 }), step('build', { status: 'completed' }), step('ship', { status: 'completed' })],
    });
    state = applyProgressEvent(state, updated(done, 3000));
    expect(state).toMatchObject({ status: 'completed', percentage: 100, eta: null, finishedAt: at(3000) });
    expect(state.updates).toHaveLength(1);
    expect(state.output).toEqual({ fetch: 'x' });
    expect(state.activities[0]).toMatchObject({ status: 'completed', durationMs: 1000 });
    expect(applyProgressEvent(state, updated(process({ id: 99 }), 4000))).toBe(state);
  });

  it('a step starting again after the process failed (a retry) runs it again', () => {
    const failedProcess = process({ status: 'failed', finishedAt: at(500), steps: [step('fetch', { status: 'failed', error: 'no' }), step('build'), step('ship')] });
    const state = applyProgressEvent(initProgress({ process: failedProcess, output: {} }), started('fetch', 1000, 2));
    expect(state).toMatchObject({ status: 'running', finishedAt: null, currentStep: 'fetch' });
    expect(state.activities[0]).toMatchObject({ status: 'running', error: null, attempt: 2 });
  });
});

/**
 * The run console reducer: the snapshot's console plus appends at the right offset; an append at any other offset
 * is dropped and reported; status updates replace the run; older values stay untouched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyRunConsoleEvent, runConsoleReducer } from '../../../../../src/renderer/src/features/runs/runConsoleReducer';
import { run, wire } from './runFixtures';

const topic = 'agent_job_run_console:1';
const append = (offset: number, text: string) => wire(topic, 'console_append', { offset, text });
const snapshot = { run: run(1, { status: 'building' }), console: 'hello\nwor' };

describe('applyRunConsoleEvent', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns the snapshot into a ConsoleText', () => {
    const first = runConsoleReducer.init(snapshot);
    expect(first.run).toBe(snapshot.run);
    expect(first.console.toString()).toBe('hello\nwor');
    expect(first.console.lineCount).toBe(2);
  });

  it('appends a chunk at the current length, finishing the line the snapshot cut', () => {
    const next = applyRunConsoleEvent(runConsoleReducer.init(snapshot), append(9, 'ld\nbye\n'));
    expect(next.console.lineCount).toBe(3);
    expect([next.console.line(1), next.console.line(2)]).toEqual(['world', 'bye']);
    expect(next.run).toBe(snapshot.run);
    const later = applyRunConsoleEvent(next, append(16, 'more'));
    expect(later.console.length).toBe(20);
    expect(next.console.length).toBe(16);
    expect(snapshot.console).toBe('hello\nwor');
  });

  it('ignores an append at another offset and says so on console.error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const current = runConsoleReducer.init(snapshot);
    expect(applyRunConsoleEvent(current, append(3, 'overlap'))).toBe(current);
    expect(applyRunConsoleEvent(current, append(12, 'gap'))).toBe(current);
    expect(error).toHaveBeenCalledTimes(2);
    expect(String(error.mock.calls[0]![0])).toContain('offset 3');
    expect(current.console.toString()).toBe('hello\nwor');
  });

  it('returns the same value for an empty append', () => {
    const current = runConsoleReducer.init(snapshot);
    expect(applyRunConsoleEvent(current, append(9, ''))).toBe(current);
  });

  it('replaces the run on run_updated for this run, and only for it', () => {
    const current = runConsoleReducer.init(snapshot);
    const passed = run(1, { status: 'passed', exitCode: 0, finishedAt: '2025-01-01T00:00:03.200Z' });
    const next = applyRunConsoleEvent(current, wire(topic, 'run_updated', { run: passed }));
    expect(next.run.status).toBe('passed');
    expect(next.console).toBe(current.console);
    expect(current.run.status).toBe('building');
    expect(applyRunConsoleEvent(current, wire(topic, 'run_updated', { run: run(2) }))).toBe(current);
  });
});

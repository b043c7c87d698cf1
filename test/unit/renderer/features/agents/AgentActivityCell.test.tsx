// @vitest-environment happy-dom
/**
 * The Activity cell rendered on the shared clock: "lost" appears as time passes with no new data, a held job links
 * to its run, and an agent that never called reads "never seen".
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOST_AFTER_MS } from '../../../../../src/shared/contract';
import { AgentActivityCell } from '../../../../../src/renderer/src/features/agents/AgentActivityCell';
import { renderRoot, type Rendered } from '../../ui/renderRoot';
import { agent, job } from './agentFixtures';

const start = Date.parse('2025-03-01T12:00:00.000Z');
const cell = () => document.querySelector<HTMLElement>('[data-testid="agent-activity"]')!;

let view: Rendered | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => {
  view?.unmount();
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('AgentActivityCell', () => {
  it('turns from idle to lost as the clock passes the threshold, without new data', () => {
    const seen = agent('build-01', { lastContactAt: new Date(start).toISOString() });
    view = renderRoot(<AgentActivityCell agent={seen} job={undefined} />);
    expect(cell().dataset.kind).toBe('idle');
    expect(cell().textContent).toBe('idle');
    act(() => vi.advanceTimersByTime(LOST_AFTER_MS + 5_000));
    expect(cell().dataset.kind).toBe('lost');
    expect(cell().title).toBe('No contact for over 30 s');
  });

  it('links the job being built to its run', () => {
    const seen = agent('build-01', { lastContactAt: new Date(start).toISOString() });
    const held = job(7, { status: 'building', agentUuid: seen.uuid, runId: 70, name: 'deploy web' });
    view = renderRoot(<AgentActivityCell agent={seen} job={held} />);
    expect(cell().textContent).toBe('building deploy web');
    expect(cell().querySelector('a')?.getAttribute('href')).toBe('#/runs/70');
  });

  it('reads never seen for an agent that never called', () => {
    view = renderRoot(<AgentActivityCell agent={agent('fresh-01')} job={undefined} />);
    expect(cell().dataset.kind).toBe('never');
    expect(cell().textContent).toBe('never seen');
  });
});

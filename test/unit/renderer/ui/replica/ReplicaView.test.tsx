// @vitest-environment happy-dom
/**
 * The replica wrapper: loading until data first arrives, the error (with Try again), the empty state, then the
 * data, kept on screen through a reload, a reconnect or a later error, never flashing back to loading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../../../../../src/shared/contract';
import { replicaPhase, type ReplicaViewState } from '../../../../../src/renderer/src/ui/replica/replicaPhase';
import { ReplicaView } from '../../../../../src/renderer/src/ui/replica/ReplicaView';
import { fire, renderRoot, type Rendered } from '../renderRoot';

type Agents = readonly string[];
const state = (status: ReplicaViewState<Agents>['status'], data?: Agents, message?: string): ReplicaViewState<Agents> => ({
  status,
  data,
  error: message === undefined ? undefined : new NotFoundError(message),
});
const isEmpty = (agents: Agents) => agents.length === 0;

describe('replicaPhase', () => {
  it('loads until data first arrives, then shows it whatever the status', () => {
    expect(replicaPhase(state('loading'), isEmpty)).toBe('loading');
    expect(replicaPhase(state('stale'), isEmpty)).toBe('loading');
    expect(replicaPhase(state('error', undefined, 'x'), isEmpty)).toBe('error');
    for (const status of ['live', 'stale', 'loading', 'error'] as const) expect(replicaPhase(state(status, ['a']), isEmpty)).toBe('data');
  });

  it('is empty only when the caller says so', () => {
    expect(replicaPhase(state('live', []), isEmpty)).toBe('empty');
    expect(replicaPhase(state('live', []), undefined)).toBe('data');
  });
});

describe('ReplicaView', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
  });
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  function show(s: ReplicaViewState<Agents>, retry?: () => void) {
    const node = (
      <ReplicaView state={s} label="agents" isEmpty={isEmpty} empty="No agents yet" retry={retry} testId="agents">
        {(agents) => <ul data-testid="agents-list">{agents.map((a) => <li key={a}>{a}</li>)}</ul>}
      </ReplicaView>
    );
    if (view) view.render(node);
    else view = renderRoot(node);
  }

  it('announces loading, then shows the data and keeps it through a reload and a reconnect', () => {
    show(state('loading'));
    expect(byTestId('agents-loading')?.textContent).toBe('Loading agents…');
    expect(byTestId('agents-loading')?.getAttribute('role')).toBe('status');
    show(state('live', ['a1']));
    const list = byTestId('agents-list');
    expect(list?.textContent).toBe('a1');
    show(state('stale', ['a1']));
    show(state('loading', ['a1']));
    expect(byTestId('agents-loading')).toBeNull();
    // The same element: the data was never unmounted, so nothing inside it lost its state.
    expect(byTestId('agents-list')).toBe(list);
  });

  it('says what failed, with Try again when the caller can retry', () => {
    const retry = vi.fn();
    show(state('error', undefined, 'Agent list unavailable'), retry);
    const alert = byTestId('agents-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Could not load agents: Agent list unavailable');
    fire(alert.querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(retry).toHaveBeenCalledOnce();
    expect(byTestId('agents-loading')).toBeNull();
    show(state('error', undefined, 'x'));
    expect(byTestId('agents-error')?.querySelector('button')).toBeNull();
  });

  it('keeps the data beside the error when a reload fails', () => {
    show(state('error', ['a1'], 'gone'));
    expect(byTestId('agents-error')).not.toBeNull();
    expect(byTestId('agents-list')?.textContent).toBe('a1');
  });

  it('shows the empty state', () => {
    show(state('live', []));
    expect(byTestId('agents-empty')?.textContent).toBe('No agents yet');
    expect(byTestId('agents-list')).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * The Inspector view over the real stores: delivered events listed newest first with topic, type, seq and latency,
 * a row's payload as pretty JSON on click, pause with its "arrived while paused" count, the type select, clear,
 * and the host's statistics beside the list.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../../src/shared/contract';
import { inspectorStore } from '../../../../../src/renderer/src/features/inspector/inspectorStore';
import { InspectorView } from '../../../../../src/renderer/src/features/inspector/InspectorView';
import { kernelStatsStore } from '../../../../../src/renderer/src/features/inspector/kernelStatsStore';
import type { EventsListener } from '../../../../../src/renderer/src/sync/createEventTap';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type Rendered } from '../../ui/renderRoot';
import { renderWithStores, replicaOf } from '../renderWithStores';

const ev = (seq: number, topic: string, type: string, payload: unknown, at?: number): WireEvent => ({ seq, topic, type, payload, ...(at === undefined ? {} : { at }) });

describe('InspectorView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const tap = new Set<EventsListener>();
  const deliver = (events: WireEvent[], receivedAt = Date.now()) => act(() => tap.forEach((l) => l(events, receivedAt)));
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="inspector-row"]')];
  const click = (el: Element) => fire(el, new MouseEvent('click', { bubbles: true }));

  beforeEach(() => {
    fake = createFakeClient();
    const client = { ...fake.client, onEvents: (l: EventsListener) => (tap.add(l), () => void tap.delete(l)) };
    stores = buildStores(client, [inspectorStore, kernelStatsStore], { graceMs: 0 });
    view = renderWithStores(stores, <InspectorView />);
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
    expect(tap.size).toBe(0);
    expect(fake.openSubscriptions()).toBe(0);
  });

  it('lists delivered events newest first and shows a row’s payload on click', () => {
    expect(q('inspector-events-empty')?.textContent).toContain('No events yet');
    deliver([ev(4, 'agents:updates:acme', 'agent_updated', { agent: { hostname: 'a1' } }, 1_000)], 1_025);
    deliver([ev(5, 'jobs:updates:acme', 'job_queued', { id: 9 })]);
    expect(rows().map((r) => r.dataset['type'])).toEqual(['job_queued', 'agent_updated']);
    const first = rows()[1]!;
    expect(first.dataset['topic']).toBe('agents:updates:acme');
    expect(first.querySelector('[data-testid="inspector-latency"]')?.textContent).toBe('25 ms');
    expect(rows()[0]!.querySelector('[data-testid="inspector-latency"]')?.textContent).toBe('—');
    click(first.querySelector('td')!);
    expect(q('inspector-payload')?.textContent).toBe(JSON.stringify({ agent: { hostname: 'a1' } }, null, 2));
    click(q('inspector-detail')!.querySelector('button')!);
    expect(q('inspector-detail')).toBeNull();
  });

  it('pauses with a count of what arrived meanwhile, filters by type, and clears', () => {
    deliver([ev(1, 'agents:updates:acme', 'agent_updated', {}), ev(2, 'presence:acme', 'joined', {})]);
    click(q('inspector-pause')!);
    expect(q('inspector-pause')?.getAttribute('aria-pressed')).toBe('true');
    deliver([ev(3, 'agents:updates:acme', 'agent_updated', {})]);
    expect(rows()).toHaveLength(2);
    expect(q('inspector-missed')?.textContent).toBe('Paused · 1 arrived while paused');
    expect(q('nav-inspector-count')).toBeNull();
    click(q('inspector-pause')!);
    expect(q('inspector-missed')?.textContent).toBe('');

    const select = q('inspector-type') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'agent_updated', 'joined']);
    act(() => {
      select.value = 'joined';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rows().map((r) => r.dataset['topic'])).toEqual(['presence:acme']);
    expect(q('inspector-count')?.textContent).toBe('1 of 2 events');
    click(q('inspector-clear')!);
    expect(rows()).toHaveLength(0);
    expect(q('inspector-count')?.textContent).toBe('0 of 0 events');
  });

  it('shows the host’s statistics beside the list', () => {
    act(() =>
      replicaOf(fake, 'kernel.stats').loaded(0, {
        at: '2026-11-27T10:00:00.000Z',
        head: 12,
        prunedThrough: 0,
        eventsPerSecond: 3.5,
        latencyMs: { p50: 1, p99: 7, samples: 20 },
        latencyHistogram: [],
        familyRates: [],
        connections: [{ id: 'w1', userId: 'bob', orgId: 'acme', topics: 2, queued: 1, queuedBytes: 40, inFlight: 1, dropping: false, resyncs: 0 }],
        topics: [{ topic: 'agents:updates:acme', subscribers: 2 }],
      }),
    );
    expect(q('inspector-rate')?.textContent).toBe('3.5');
    expect(q('inspector-send-latency')?.textContent).toContain('p50 1 ms · p99 7 ms');
    expect(document.querySelector<HTMLElement>('[data-testid="inspector-topic"]')?.dataset['topic']).toBe('agents:updates:acme');
    expect(document.querySelectorAll('[data-testid="inspector-connection"]')).toHaveLength(1);
  });
});

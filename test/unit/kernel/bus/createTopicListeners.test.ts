/**
 * The bus's listener lists: a subscription removes only itself (even when one function listens twice), counts
 * stay exact, and a throwing listener is reported once while every other listener still runs.
 */
import { describe, expect, it } from 'vitest';
import { createTopicListeners } from '../../../../src/main/kernel/bus/createTopicListeners';

describe('createTopicListeners', () => {
  it('removes only the subscription that stops, once, even when the same function listens twice', () => {
    const errors: unknown[] = [];
    const listeners = createTopicListeners<number>((_, e) => errors.push(e));
    const seen: string[] = [];
    const fn = (n: number) => seen.push(`fn${n}`);
    const first = listeners.add('t', fn);
    listeners.add('t', fn);
    listeners.add('u', (n) => seen.push(`u${n}`));
    expect(listeners.count()).toBe(3);
    expect(listeners.count('t')).toBe(2);
    expect(listeners.count('none')).toBe(0);
    first();
    first();
    expect(listeners.count()).toBe(2);
    listeners.dispatch('t', 1);
    listeners.dispatch('none', 2);
    expect(seen).toEqual(['fn1']);
    expect(listeners.counts()).toEqual(new Map([['t', 1], ['u', 1]]));
    expect(errors).toEqual([]);
  });

  it('drops a topic with its last listener, and an unsubscribe after clear changes nothing', () => {
    const listeners = createTopicListeners<number>(() => {});
    const stop = listeners.add('t', () => {});
    stop();
    expect(listeners.counts()).toEqual(new Map());
    const late = listeners.add('t', () => {});
    listeners.add('u', () => {});
    listeners.clear();
    expect(listeners.count()).toBe(0);
    late();
    expect(listeners.count()).toBe(0);
    expect(listeners.counts()).toEqual(new Map());
  });

  it('reports each throw with its topic and goes on with the next listener, however many throw', () => {
    const errors: [string, unknown][] = [];
    const listeners = createTopicListeners<number>((topic, e) => errors.push([topic, e]));
    const seen: number[] = [];
    listeners.add('t', () => {
      throw new Error('a');
    });
    listeners.add('t', () => {
      throw new Error('b');
    });
    listeners.add('t', (n) => seen.push(n));
    listeners.dispatch('t', 7);
    expect(seen).toEqual([7]);
    expect(errors.map(([topic, e]) => `${topic}:${(e as Error).message}`)).toEqual(['t:a', 't:b']);
  });
});

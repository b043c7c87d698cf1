/** A store's source runs only while the store has listeners, and restarts only while running. */
import { describe, expect, it } from 'vitest';
import { createListenedSource } from '../../../../src/renderer/src/stores/createListenedSource';

describe('createListenedSource', () => {
  it('starts on the first listener, stops after the last, and restarts only while running', () => {
    const log: string[] = [];
    const source = createListenedSource(() => {
      log.push('start');
      return () => log.push('stop');
    });
    const subscribe = source.wrap((_listener: () => void) => () => log.push('unsubscribe'));
    source.restart();
    expect(log).toEqual([]);
    const a = subscribe(() => {});
    const b = subscribe(() => {});
    expect(log).toEqual(['start']);
    source.restart();
    expect(log).toEqual(['start', 'stop', 'start']);
    a();
    a(); // a second call changes nothing
    expect(log).toEqual(['start', 'stop', 'start', 'unsubscribe']);
    b();
    expect(log).toEqual(['start', 'stop', 'start', 'unsubscribe', 'unsubscribe', 'stop']);
  });
});

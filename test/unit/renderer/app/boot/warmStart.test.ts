// @vitest-environment happy-dom
/**
 * What a tab remembers across a reload: the views its window watched, for which user and route, recalled only for
 * the same user on the same route, never more than a bound, and nothing from a record that is not ours.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { recallViews, rememberViews } from '../../../../../src/renderer/src/app/boot/warmStart';
import type { SyncClient, ViewRequest } from '../../../../../src/renderer/src/sync/createSyncClient';

const KEY = 'switchboard:warm-start';
const agents: ViewRequest = { view: 'agents.list', params: {} };
const inbox: ViewRequest = { view: 'notifications.inbox', params: {} };
const clientWatching = (views: ViewRequest[]) => ({ watching: () => views }) as unknown as SyncClient;

describe('warm start memory', () => {
  afterEach(() => {
    sessionStorage.clear();
    location.hash = '';
  });

  it('records the watched views as the page goes away, and recalls them for the same user on the same route', () => {
    location.hash = '#/agents';
    rememberViews(clientWatching([agents, inbox]), 'bob');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual({ user: 'bob', path: '/agents', views: [agents, inbox] });

    expect(recallViews('bob')).toEqual([agents, inbox]);
    expect(recallViews('alice')).toEqual([]);
    location.hash = '#/jobs';
    expect(recallViews('bob')).toEqual([]);
    // A query in the hash is the same route (the views' own params tell the difference).
    location.hash = '#/agents?sort=name';
    expect(recallViews('bob')).toEqual([agents, inbox]);
  });

  it('starts cold on a missing, damaged or foreign record, and keeps to the bound of 16 views', () => {
    location.hash = '#/agents';
    expect(recallViews('bob')).toEqual([]);
    sessionStorage.setItem(KEY, '{not json');
    expect(recallViews('bob')).toEqual([]);
    sessionStorage.setItem(KEY, JSON.stringify({ user: 'bob', path: '/agents', views: 'agents.list' }));
    expect(recallViews('bob')).toEqual([]);
    sessionStorage.setItem(KEY, JSON.stringify({ user: 'bob', path: '/agents', views: [null, { view: 3 }, agents] }));
    expect(recallViews('bob')).toEqual([agents]);

    const many = Array.from({ length: 20 }, (_, i) => ({ view: 'cases.recent', params: { cutoffMinutes: i + 1 } }) as ViewRequest);
    rememberViews(clientWatching(many), 'bob');
    dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(sessionStorage.getItem(KEY)!).views).toHaveLength(16);
    sessionStorage.setItem(KEY, JSON.stringify({ user: 'bob', path: '/agents', views: many }));
    expect(recallViews('bob')).toEqual(many.slice(0, 16));
  });

  it('loses nothing but speed when storage refuses the record', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, getItem: () => null } as unknown as Storage;
    rememberViews(clientWatching([agents]), 'bob', full);
    expect(() => dispatchEvent(new Event('pagehide'))).not.toThrow();
    expect(recallViews('bob', full)).toEqual([]);
  });

  it('starts cold, and boots, where the page may not touch storage at all', () => {
    location.hash = '#/agents';
    const own = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
    // An opaque origin: reading sessionStorage throws.
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      expect(recallViews('bob')).toEqual([]);
      expect(() => rememberViews(clientWatching([agents]), 'bob')).not.toThrow();
      expect(() => dispatchEvent(new Event('pagehide'))).not.toThrow();
    } finally {
      if (own) Object.defineProperty(globalThis, 'sessionStorage', own);
      else delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
    }
  });
});

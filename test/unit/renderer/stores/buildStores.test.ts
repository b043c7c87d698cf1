/**
 * The window's stores come from one list: each declaration is made once (whatever asks for it, in whatever order),
 * looked up by the declaration, disposed together (last made first), and a store missing from the list says how to
 * fix it.
 */
import { describe, expect, it } from 'vitest';
import { buildStores } from '../../../../src/renderer/src/stores/buildStores';
import { defineStore, type StoreDef } from '../../../../src/renderer/src/stores/defineStore';
import { defineReplicaStore } from '../../../../src/renderer/src/stores/defineReplicaStore';
import { createFakeClient } from '../support/createFakeClient';

function tracked(name: string, log: string[], deps: StoreDef<unknown>[] = []) {
  let made = 0;
  const def = defineStore({
    name,
    create({ stores }) {
      made++;
      deps.forEach((d) => stores.get(d));
      log.push(`make ${name}`);
      return { name, dispose: () => log.push(`dispose ${name}`) };
    },
  });
  return { def, made: () => made };
}

describe('buildStores', () => {
  it('makes each listed store once, up front, and returns the same one on every lookup', () => {
    const log: string[] = [];
    const a = tracked('a', log);
    const b = tracked('b', log, [a.def]);
    const stores = buildStores(createFakeClient().client, [b.def, a.def, a.def]);
    expect(log).toEqual(['make a', 'make b']); // b looked a up while it was made: a first
    expect(stores.get(a.def)).toBe(stores.get(a.def));
    expect(stores.get(b.def).name).toBe('b');
    expect([a.made(), b.made()]).toEqual([1, 1]);
    stores.dispose();
  });

  it('disposes every store together, last made first, once', () => {
    const log: string[] = [];
    const a = tracked('a', log);
    const b = tracked('b', log, [a.def]);
    const c = tracked('c', log);
    const stores = buildStores(createFakeClient().client, [b.def, c.def, a.def]);
    log.length = 0;
    stores.dispose();
    stores.dispose();
    expect(log).toEqual(['dispose c', 'dispose b', 'dispose a']);
    expect(() => stores.get(a.def)).toThrow('after the window');
  });

  it('refuses a store that is not in the list, naming where to add it', () => {
    const listed = tracked('listed', []);
    const stores = buildStores(createFakeClient().client, [listed.def]);
    expect(() => stores.get(tracked('stray', []).def)).toThrow(/stray store is not in the features list.*app\/features\.ts/);
    stores.dispose();
  });

  it('refuses a store that needs itself while it is made', () => {
    const selfish: StoreDef<{ dispose(): void }> = defineStore({ name: 'selfish', create: ({ stores }) => stores.get(selfish) });
    expect(() => buildStores(createFakeClient().client, [selfish])).toThrow('needs itself');
  });

  it('passes the window options to replica stores: a short grace period releases sooner', () => {
    const fake = createFakeClient();
    const presence = defineReplicaStore({ view: 'presence.list', params: () => ({}), init: (entries) => entries, reduce: (entries) => entries });
    const stores = buildStores(fake.client, [presence], { graceMs: 0 });
    const stop = stores.get(presence).subscribe(() => {});
    expect(fake.watchCount).toBe(1);
    stop();
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
  });
});

/**
 * Stores keyed by a parameter (an agent's runs, a run's console), made on first use and forgotten a grace period
 * after their last listener leaves, so a window that opens hundreds of runs does not keep every console in memory.
 * `defineReplicaFamily` makes one per parameterized view.
 */
import { RELEASE_GRACE_MS } from './createReplicaStore';

interface FamilyMember {
  subscribe(listener: never): () => void;
  dispose(): void;
}

/** Stores by key; `get` makes the store on first use and returns the same one while anyone listens. */
export interface StoreFamily<K, S> {
  get(key: K): S;
  /** Keys whose stores are alive, as strings (tests). */
  keys(): string[];
  dispose(): void;
}

export function createStoreFamily<K extends string | number, S extends FamilyMember>(
  create: (key: K) => S,
  graceMs = RELEASE_GRACE_MS,
): StoreFamily<K, S> {
  const entries = new Map<string, { store: S; listeners: number; timer: ReturnType<typeof setTimeout> | undefined }>();

  function forgetLater(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      if (entry.listeners > 0) return;
      entries.delete(key);
      entry.store.dispose();
    }, graceMs);
  }

  return {
    get(rawKey) {
      const key = String(rawKey);
      const existing = entries.get(key);
      if (existing) return existing.store;
      const inner = create(rawKey);
      const entry = { store: inner, listeners: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined };
      const subscribe = (listener: never) => {
        entry.listeners++;
        clearTimeout(entry.timer);
        const stop = inner.subscribe(listener);
        let active = true;
        return () => {
          if (!active) return;
          active = false;
          stop();
          if (--entry.listeners === 0) forgetLater(key);
        };
      };
      // The member as made, with its listeners counted: same type, only `subscribe` wrapped.
      entry.store = { ...inner, subscribe } as S;
      entries.set(key, entry);
      // A store asked for during a render that never commits gets no listener: forget it too.
      forgetLater(key);
      return entry.store;
    },
    keys: () => [...entries.keys()],
    dispose() {
      entries.forEach((entry) => {
        clearTimeout(entry.timer);
        entry.store.dispose();
      });
      entries.clear();
    },
  };
}

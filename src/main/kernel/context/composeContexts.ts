/**
 * Plugs contexts into a kernel through one DisposableStore: each `add` makes the context's kit, and disposing the
 * composition takes them out in reverse order of adding (window connections first, so presence records their
 * leaving while the database is still open; the kernel last). `seal` refuses to boot a half-wired app.
 */
import type { Kernel } from '../createKernel';
import { DisposableStore, toDisposable } from '../disposable';
import { createContextKit, type ContextKit } from './createContextKit';

export interface Composition {
  /** Creates one context with its own kit; contexts it depends on are passed in by the caller as ports. */
  add<C>(name: string, create: (kit: ContextKit) => C): C;
  /** Throws, naming each fix, unless every command, view and topic family of the contract has its context. */
  seal(): void;
  /** Disposes the contexts, last added first, then the kernel. */
  dispose(): void;
}

export function composeContexts(kernel: Kernel): Composition {
  const store = new DisposableStore();
  store.add(kernel);
  const names = new Set<string>();
  return {
    add(name, create) {
      if (names.has(name)) throw new Error(`Context ${name} is composed twice`);
      names.add(name);
      const { kit, store: owned } = createContextKit(kernel, name);
      store.add(owned);
      try {
        return create(kit);
      } catch (error) {
        store.dispose();
        throw error;
      }
    },
    seal() {
      const missing = kernel.registry.missing();
      if (missing.length > 0) {
        store.dispose();
        throw new Error(`Switchboard cannot start: the contract declares what no context handles:\n  - ${missing.join('\n  - ')}`);
      }
      // Added last, so disposed first: windows leave while every context can still record it.
      store.add(toDisposable(() => kernel.sync.dispose()));
    },
    dispose: () => store.dispose(),
  };
}

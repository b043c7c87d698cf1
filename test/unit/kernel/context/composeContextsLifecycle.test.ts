/**
 * The composition's lifecycle: a context name is composed once, a context that fails to build takes the whole
 * composition (kernel included) down with it, a refused seal says exactly what is missing, and a sealed
 * composition closes window connections before any context leaves.
 */
import { describe, expect, it } from 'vitest';
import { composeContexts } from '../../../../src/main/kernel/context/composeContexts';
import type { ContextKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel, type Kernel } from '../../../../src/main/kernel/createKernel';
import { toDisposable } from '../../../../src/main/kernel/disposable';
import type { Transport } from '../../../../src/main/kernel/transport';
import { commandSpecs, topicFamilies, viewSpecs, type CommandName, type ViewName } from '../../../../src/shared/contract';

/** Registers a stand-in for everything the contract declares that the kernel does not handle itself. */
function handleEverything(kit: ContextKit): void {
  for (const name of Object.keys(commandSpecs)) kit.command(name as CommandName, () => undefined as never);
  for (const name of Object.keys(viewSpecs)) if (name !== 'kernel.stats') kit.view(name as ViewName, () => undefined as never);
  for (const family of topicFamilies) kit.authorize(family, () => true);
}

/** A window connected to the kernel's sync server over a transport that only counts its closes. */
function connectWindow(kernel: Kernel): { readonly closes: number } {
  let closes = 0;
  const transport: Transport = {
    send: () => {},
    onFrame: () => () => {},
    onClose: () => () => {},
    close: () => void closes++,
  };
  kernel.sync.connect('window-1', transport);
  return {
    get closes() {
      return closes;
    },
  };
}

describe('composeContexts lifecycle', () => {
  it('composes each context name once, without building the second', () => {
    const kernel = createKernel({ file: ':memory:' });
    const compose = composeContexts(kernel);
    const built: string[] = [];
    expect(compose.add('probe', (kit) => (built.push(kit.name), 'first'))).toBe('first');
    expect(() => compose.add('probe', (kit) => built.push(kit.name))).toThrow(new Error('Context probe is composed twice'));
    expect(built).toEqual(['probe']);
    // The refusal takes nothing down: other names still compose.
    expect(compose.add('other', (kit) => kit.name)).toBe('other');
    compose.dispose();
  });

  it('disposes everything composed so far, the kernel too, when a context fails to build', () => {
    const kernel = createKernel({ file: ':memory:' });
    const compose = composeContexts(kernel);
    const disposed: string[] = [];
    compose.add('first', (kit) => {
      kit.own(toDisposable(() => disposed.push('first')));
      kit.command('agents.register', () => undefined as never);
    });
    const boom = new Error('boom');
    expect(() =>
      compose.add('broken', (kit) => {
        kit.own(toDisposable(() => disposed.push('broken')));
        throw boom;
      }),
    ).toThrow(boom);
    expect(disposed).toEqual(['broken', 'first']);
    expect(kernel.db.open).toBe(false);
    expect(kernel.registry.missing()).toContain(
      "command agents.register (declared in src/shared/contract/agents.ts): register it with kit.command('agents.register', …) in its context",
    );
  });

  it('refuses to seal with one message listing every missing piece, one per line', () => {
    const kernel = createKernel({ file: ':memory:' });
    const compose = composeContexts(kernel);
    compose.add('few', (kit) => kit.command('agents.register', () => undefined as never));
    const missing = kernel.registry.missing();
    expect(missing.length).toBeGreaterThan(1);
    expect(() => compose.seal()).toThrow(new Error(`Switchboard cannot start: the contract declares what no context handles:\n  - ${missing.join('\n  - ')}`));
    expect(kernel.db.open).toBe(false);
  });

  it('seals a complete composition and, on dispose, closes windows first, then contexts last added first, then the kernel', () => {
    const kernel = createKernel({ file: ':memory:' });
    const compose = composeContexts(kernel);
    const window = connectWindow(kernel);
    const order: string[] = [];
    compose.add('first', (kit) => kit.own(toDisposable(() => order.push(`first (windows closed: ${window.closes})`))));
    compose.add('everything', (kit) => {
      handleEverything(kit);
      kit.own(toDisposable(() => order.push(`everything (windows: ${kernel.sync.connections().length}, db open: ${kernel.db.open})`)));
    });
    expect(() => compose.seal()).not.toThrow();
    expect(kernel.db.open).toBe(true);
    expect(window.closes).toBe(0);
    compose.dispose();
    expect(order).toEqual(['everything (windows: 0, db open: true)', 'first (windows closed: 1)']);
    expect(window.closes).toBe(1);
    expect(kernel.db.open).toBe(false);
  });
});

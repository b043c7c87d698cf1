/** Renders React into a happy-dom document for the ui kit's component tests, flushing effects with `act`. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React this is a test environment, so `act` flushes effects and warns about updates outside it.
Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);

export interface Rendered {
  container: HTMLElement;
  render(node: ReactNode): void;
  unmount(): void;
}

export function renderRoot(node: ReactNode): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = createRoot(container);
  const rendered: Rendered = {
    container,
    render(next) {
      act(() => root?.render(next));
    },
    unmount() {
      act(() => root?.unmount());
      root = null;
      container.remove();
    },
  };
  rendered.render(node);
  return rendered;
}

/** Fires a DOM event inside `act`, so the state updates it causes are rendered before the test goes on. */
export function fire(target: EventTarget, event: Event): void {
  act(() => {
    target.dispatchEvent(event);
  });
}

export const key = (target: EventTarget, name: string) => fire(target, new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

/** Focuses an element inside `act`, since focusing a row makes it the tabbable one. */
export function focus(element: HTMLElement): void {
  act(() => element.focus());
}

/** Types into an input as a user would: React sees the change through the native value setter and an input event. */
export function type(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

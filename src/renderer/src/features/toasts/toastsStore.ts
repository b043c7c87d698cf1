/**
 * Toasts for background results: info toasts dismiss themselves, errors and sticky toasts stay until the user
 * dismisses them, and any toast may carry a link to what it is about. Stores and views push; the Toasts component
 * renders. Owns its timers, so `dispose()` leaves none running.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { defineStore } from '../../stores/defineStore';

export type ToastKind = 'info' | 'error';

/** Where a toast leads: a route's `href` and the words of the link. */
export interface ToastLink {
  readonly href: string;
  readonly label: string;
}

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly message: string;
  readonly link: ToastLink | undefined;
  /** Stays until dismissed (always true for errors). */
  readonly sticky: boolean;
}

/** What a caller pushes: errors are sticky whatever `sticky` says, since they need acting on. */
export interface ToastInput {
  kind: ToastKind;
  message: string;
  link?: ToastLink | undefined;
  sticky?: boolean | undefined;
}

export interface ToastsState {
  readonly toasts: readonly Toast[];
  /** Shows a toast and returns its id. */
  push(toast: ToastInput): number;
  dismiss(id: number): void;
}

/** The toast stack. */
export interface ToastsStore extends StoreApi<ToastsState> {
  dispose(): void;
}

export interface ToastsOptions {
  infoMs?: number;
  /** Oldest toasts go first when the stack would grow past this. */
  max?: number;
}

export function createToastsStore(options: ToastsOptions = {}): ToastsStore {
  const infoMs = options.infoMs ?? 4000;
  const max = options.max ?? 5;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  let nextId = 1;

  const stopTimer = (id: number) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
  };

  const store = createStore<ToastsState>()((set, get) => {
    const dismiss = (id: number) => {
      stopTimer(id);
      if (get().toasts.some((t) => t.id === id)) set({ toasts: get().toasts.filter((t) => t.id !== id) });
    };
    return {
      toasts: [],
      push({ kind, message, link, sticky }) {
        const id = nextId++;
        const toast: Toast = { id, kind, message, link, sticky: kind === 'error' || sticky === true };
        const toasts = [...get().toasts, toast];
        toasts.slice(0, -max).forEach((t) => stopTimer(t.id));
        set({ toasts: toasts.slice(-max) });
        if (!toast.sticky) timers.set(id, setTimeout(() => dismiss(id), infoMs));
        return id;
      },
      dismiss,
    };
  });

  return {
    ...store,
    dispose() {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
}

/** The window's toast stack. */
export const toastsStore = defineStore({ name: 'toasts', create: () => createToastsStore() });

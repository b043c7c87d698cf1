/**
 * A clock that ticks every second, but only for components that pass `active` (a building run's duration): one
 * shared interval, stopped when the last active component unmounts or its run finishes.
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const idle = () => () => {};

/** The current time, refreshed each second while `active`; while inactive, the time of the last render. */
export function useSecondTick(active: boolean): number {
  const ticked = useSyncExternalStore(active ? subscribe : idle, () => (active ? now : 0));
  return active ? ticked : Date.now();
}

/**
 * A clock that ticks every second, but only for components that pass `active` (a building run's duration): one
 * shared interval, stopped when the last active component unmounts or its run finishes.
 */
import { useSyncExternalStore } from 'react';
import { createTicker } from '../../ui/time/createTicker';

const ticker = createTicker(1000);
const idle = () => () => {};

/** The current time, refreshed each second while `active`; while inactive, the time of the last render. */
export function useSecondTick(active: boolean): number {
  const ticked = useSyncExternalStore(active ? ticker.subscribe : idle, () => (active ? ticker.now() : 0));
  return active ? ticked : Date.now();
}

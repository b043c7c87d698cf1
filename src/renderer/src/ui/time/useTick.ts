/** A one-second clock (a running widget's elapsed time and ETA, a live chart's rolling window): one shared interval, idle while no reader is active. */
import { useSyncExternalStore } from 'react';
import { createTicker } from './createTicker';

const ticker = createTicker(1000);
const idle = () => () => {};

export function useTick(active: boolean): number {
  const ticked = useSyncExternalStore(active ? ticker.subscribe : idle, () => (active ? ticker.now() : 0));
  return active ? ticked : Date.now();
}

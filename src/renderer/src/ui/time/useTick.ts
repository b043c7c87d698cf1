/** A one-second clock for a running widget's elapsed time and ETA: one shared interval, idle once nothing runs. */
import { useSyncExternalStore } from 'react';
import { createTicker } from '../../../ui/time/createTicker';

const ticker = createTicker(1000);
const idle = () => () => {};

export function useTick(active: boolean): number {
  const ticked = useSyncExternalStore(active ? ticker.subscribe : idle, () => (active ? ticker.now() : 0));
  return active ? ticked : Date.now();
}

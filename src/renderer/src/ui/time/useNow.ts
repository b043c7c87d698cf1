/**
 * One shared clock for relative times: a single interval ticks while any component shows one, so a table of
 * hundreds of rows costs one timer, and the timer stops when the last one unmounts.
 */
import { useSyncExternalStore } from 'react';
import { createTicker } from './createTicker';

const ticker = createTicker(5000);

export function useNow(): number {
  return useSyncExternalStore(ticker.subscribe, ticker.now);
}

/**
 * Binds a progress widget store to a view: one store per mounted widget (its throttle configurable per widget),
 * fed outside React with each new state of the replica that applies the process's events, so a replica changing a
 * hundred times a second costs no render until the widget paints. The replica applies a delta batch in one
 * update; the widget decides when to paint it.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createProgressWidget } from './createProgressWidget';
import type { ProgressState } from './progressState';

/** A store holding the process's latest state (a `processes.detail` replica store, or anything shaped like one). */
export interface ProgressSource {
  getState(): { readonly data: ProgressState | undefined };
  subscribe(listener: (state: { readonly data: ProgressState | undefined }) => void): () => void;
}

/** The state to paint now, or undefined until the source has one. */
export function useProgressWidget(source: ProgressSource, throttleMs?: number): ProgressState | undefined {
  const widget = useMemo(() => createProgressWidget({ throttleMs, initial: source.getState().data }), [source, throttleMs]);
  useEffect(() => {
    const offer = (data: ProgressState | undefined) => {
      if (data) widget.offer(data);
    };
    const stop = source.subscribe((state) => offer(state.data));
    // Subscribing attaches the replica: it may hold data the widget was not made with.
    offer(source.getState().data);
    return () => {
      stop();
      // Paints what is pending and leaves no timer behind; StrictMode's second mount subscribes again.
      widget.flush();
    };
  }, [source, widget]);
  return useSyncExternalStore(widget.subscribe, () => widget.getState().progress);
}

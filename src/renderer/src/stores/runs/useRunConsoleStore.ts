/**
 * The React side of the run console stores: selects from run `runId`'s store, attaching its replica while mounted,
 * and re-renders at most once per animation frame however fast the console grows.
 */
import { useSyncExternalStore } from 'react';
import { useStores } from '../StoresProvider';
import { createFrameMirror, type FrameMirror } from './createFrameMirror';
import type { RunConsoleStore } from './runConsoleStore';

type RunConsoleState = ReturnType<RunConsoleStore['getState']>;

const animationFrames = {
  request: (callback: () => void) => requestAnimationFrame(callback),
  cancel: (handle: number) => cancelAnimationFrame(handle),
};

// One mirror per store, shared by every component on the page, so they all see the same frame's state.
const mirrors = new WeakMap<RunConsoleStore, FrameMirror<RunConsoleState>>();

function mirrorOf(store: RunConsoleStore): FrameMirror<RunConsoleState> {
  let mirror = mirrors.get(store);
  if (!mirror) {
    mirror = createFrameMirror(store, animationFrames);
    mirrors.set(store, mirror);
  }
  return mirror;
}

export function useRunConsoleStore<U>(runId: number, selector: (state: RunConsoleState) => U): U {
  const mirror = mirrorOf(useStores().runConsoleStores.get(runId));
  return useSyncExternalStore(mirror.subscribe, () => selector(mirror.getSnapshot()));
}

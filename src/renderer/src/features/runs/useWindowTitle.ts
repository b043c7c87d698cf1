/**
 * Names the window after what a page shows (`colour-demo #1 · Building — Switchboard — bob`). The frame writes
 * `<page label> — Switchboard — <user>` in an effect when the route's label or the user changes, which runs after
 * its children's effects; this writes a microtask later, so the page's own title wins. Meant to give way to a page
 * title the frame reads itself once app/ offers one.
 */
import { useEffect } from 'react';
import { formatWindowTitle } from '../../app/frame/formatWindowTitle';
import { useStore } from '../../stores/useStore';
import { connectionStore } from '../connection';

export function useWindowTitle(view: string): void {
  const user = useStore(connectionStore, (s) => s.session?.userName);
  useEffect(() => {
    let current = true;
    queueMicrotask(() => {
      if (current) document.title = formatWindowTitle({ view, user });
    });
    return () => {
      current = false;
    };
  }, [view, user]);
}

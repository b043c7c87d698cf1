/**
 * Follow-tail for a scroller of fixed-height lines: while following, every render pins the view to the last line;
 * the user scrolling up (wheel, keys, scrollbar) pauses it, and scrolling back to the bottom or `follow()` resumes.
 * A programmatic jump (to a search match) pauses it without letting that jump's scroll resume it.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { bottomOf } from './computeWindow';

export interface FollowTail {
  following: boolean;
  /** The scrollTop to render for: the bottom while following, else where the user is. */
  top: number;
  height: number;
  follow(): void;
  /** Scrolls so `line` (0-based) is in the middle of the view, and pauses following. */
  reveal(line: number): void;
  handlers: {
    onScroll(): void;
    onWheel(event: { deltaY: number }): void;
    onKeyDown(event: { key: string }): void;
    onPointerDown(): void;
  };
}

const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

export function useFollowTail(scroller: RefObject<HTMLDivElement | null>, lineCount: number, lineHeight: number): FollowTail {
  const [following, setFollowing] = useState(true);
  const [view, setView] = useState({ top: 0, height: 0 });
  const lastTop = useRef(0);
  // Set by reveal(), cleared by the user's next own gesture: until then reaching the bottom does not resume.
  const jumped = useRef(false);

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
  }, [scroller]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, measure]);

  // Runs after every render that can move the bottom, before paint, so new lines never flash in below the view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !following) return;
    const bottom = bottomOf(lineCount, lineHeight, el.clientHeight);
    if (Math.abs(el.scrollTop - bottom) > 1) el.scrollTop = bottom;
    lastTop.current = el.scrollTop;
  }, [scroller, following, lineCount, lineHeight, view.height]);

  const userGesture = () => {
    jumped.current = false;
  };
  // Only a view that can move up pauses: wheeling up over a short console must not show "Jump to end".
  const canMoveUp = () => (scroller.current?.scrollTop ?? 0) > 0;

  return {
    following,
    top: following ? bottomOf(lineCount, lineHeight, view.height) : view.top,
    height: view.height,
    follow() {
      jumped.current = false;
      setFollowing(true);
    },
    reveal(line) {
      const el = scroller.current;
      if (!el) return;
      jumped.current = true;
      setFollowing(false);
      el.scrollTop = Math.max(0, line * lineHeight - el.clientHeight / 2 + lineHeight / 2);
      measure();
    },
    handlers: {
      onScroll() {
        const el = scroller.current;
        if (!el) return;
        const top = el.scrollTop;
        const atBottom = top >= bottomOf(lineCount, lineHeight, el.clientHeight) - 2;
        if (atBottom && !jumped.current) setFollowing(true);
        else if (top < lastTop.current - 1) setFollowing(false);
        lastTop.current = top;
        measure();
      },
      onWheel(event) {
        userGesture();
        if (event.deltaY < 0 && canMoveUp()) setFollowing(false);
      },
      onKeyDown(event) {
        userGesture();
        if (UP_KEYS.has(event.key) && canMoveUp()) setFollowing(false);
      },
      onPointerDown: userGesture,
    },
  };
}

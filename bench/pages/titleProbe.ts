/**
 * A page script for the badge benches: records every change of `document.title` with the wall-clock time
 * (`performance.timeOrigin + now`, the clock the host shares) and the unread count its `(N) ` prefix shows.
 * Plain ES2020 in a string, run in the page as is.
 */

export interface TitleChange {
  at: number;
  /** The `(N) ` prefix's N (0 without one; 100 for `(99+)`). */
  count: number;
}

export const startTitleProbe = `(() => {
  const changes = [];
  let last = null;
  const countOf = (title) => { const m = /^\\((\\d+)(\\+?)\\) /.exec(title); return m ? Number(m[1]) + (m[2] ? 1 : 0) : 0; };
  const record = () => {
    if (document.title === last) return;
    last = document.title;
    changes.push({ at: performance.timeOrigin + performance.now(), count: countOf(last) });
  };
  record();
  const observer = new MutationObserver(record);
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  window.__titleProbe = { changes, observer };
  return countOf(document.title);
})()`;

/** The changes so far (the probe keeps running). */
export const readTitleProbe = `window.__titleProbe.changes`;

/** When the title first showed at least `count`, or undefined. */
export const firstAtLeast = (changes: TitleChange[], count: number) => changes.find((c) => c.count >= count)?.at;

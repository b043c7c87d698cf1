/**
 * Page scripts for `#/cases` (run in the page through `evaluate`, so each is self-contained): a search typed into
 * the box, timed until its rows are on screen; and a scroll driven one step per animation frame, with every frame's
 * time and the long tasks meanwhile.
 */
import type { PageGlobals } from './pageGlobals';

declare const document: PageGlobals['document'];
declare const MutationObserver: PageGlobals['MutationObserver'];
declare const PerformanceObserver: PageGlobals['PerformanceObserver'];
declare const requestAnimationFrame: PageGlobals['requestAnimationFrame'];
declare const Event: PageGlobals['Event'];
declare const HTMLInputElement: PageGlobals['HTMLInputElement'];

/**
 * Types `query` as one input event and answers the ms until the table shows exactly the one row whose reference
 * is `reference` (measured at the next animation frame, i.e. as it is painted), or -1 after 10 s.
 */
export function timeSearch(query: string, reference: string): Promise<number> {
  const view = document.querySelector('.cases-view')!;
  const input = document.querySelector('[data-testid=cases-search]')!;
  // React tracks the input's value: set it through the prototype's setter, as typing does, then fire `input`.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
  const start = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => {
    const shown = () => {
      const rows = view.querySelectorAll('[data-testid=case-row]');
      return rows.length === 1 && rows[0]!.dataset.reference === reference;
    };
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    const timer = setTimeout(() => (observer.disconnect(), resolve(-1)), 10_000);
    observer.observe(view, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export interface ScrollRun {
  frames: number[];
  longTasks: number[];
  seconds: number;
  reachedEnd: boolean;
}

/** Scrolls the cases table by `step` px per frame, for at most `maxFrames` frames or until its end. */
export function scrollCases(step: number, maxFrames: number): Promise<ScrollRun> {
  const scroller = document.querySelector('.ui-table-scroll')!;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const frames: number[] = [];
  return new Promise((resolve) => {
    let last = 0;
    let first = 0;
    const frame = (time: number) => {
      if (last === 0) first = time;
      else frames.push(time - last);
      last = time;
      const end = scroller.scrollHeight - scroller.clientHeight;
      if (scroller.scrollTop >= end - 1 || frames.length >= maxFrames) {
        observer.disconnect();
        resolve({ frames, longTasks, seconds: (time - first) / 1000, reachedEnd: scroller.scrollTop >= end - 1 });
        return;
      }
      scroller.scrollTop = Math.min(end, scroller.scrollTop + step);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * The floor for the scroll figures, in a blank page of the same browser: a scroller as tall as the cases table
 * holding one static table of `rows` short rows at its top, which no script touches while it scrolls.
 */
export function buildFloorPage(height: number, rows: number): void {
  const cells = '<td>HSE-001-001</td><td>Offender 1-1 Ltd</td><td>HSE</td><td>2024-02-01</td><td>£1,010.50</td><td>£250.00</td><td>1 min ago</td>';
  document.body.innerHTML =
    `<div class="ui-table-scroll" style="height: 100vh; overflow: auto"><table style="width: 100%; table-layout: fixed">` +
    `<tbody>${`<tr style="height: 30px">${cells}</tr>`.repeat(rows)}<tr style="height: ${height}px"><td colspan="7"></td></tr></tbody></table></div>`;
}

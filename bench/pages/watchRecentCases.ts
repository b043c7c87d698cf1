/**
 * Page script for `#/scrape` (run in the page through `evaluate`, so self-contained): records when each recent-case
 * row first shows a fine, and when the table painted an update (its `data-updates` count changing).
 */
import type { PageGlobals } from './pageGlobals';

declare const document: PageGlobals['document'];
declare const window: PageGlobals['window'];
declare const MutationObserver: PageGlobals['MutationObserver'];

export interface RecentCasesWatch {
  /** [reference, fine as shown, epoch ms] for each (reference, fine) first seen. */
  seen: [string, string, number][];
  /** Epoch ms of each painted update. */
  updates: number[];
}

export function watchRecentCases(): void {
  const now = () => performance.timeOrigin + performance.now();
  const root = document.querySelector('[data-testid=recent-cases]')!;
  const watch: RecentCasesWatch = { seen: [], updates: [] };
  const shown = new Map<string, string>();
  let updates = root.dataset.updates;
  const scan = () => {
    const at = now();
    if (root.dataset.updates !== updates) {
      updates = root.dataset.updates;
      watch.updates.push(at);
    }
    for (const row of root.querySelectorAll('[data-testid=recent-row]')) {
      const reference = row.dataset.reference!;
      const fine = row.querySelector('[data-testid=case-fine]')?.textContent ?? '';
      if (shown.get(reference) === fine) continue;
      shown.set(reference, fine);
      watch.seen.push([reference, fine, at]);
    }
  };
  new MutationObserver(scan).observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-updates', 'data-reference'] });
  window.recentCasesWatch = watch;
}

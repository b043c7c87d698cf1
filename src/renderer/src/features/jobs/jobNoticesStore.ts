/**
 * Background results: while the window is open it watches the jobs list and toasts each run that ends (passed,
 * failed, cancelled) with a link to it, unless the window is on that run's page already. Failures stay until
 * dismissed. What is worth telling is decided by the contract's `jobNotice` (through the tracker), nowhere else.
 */
import type { Job } from '../../../../shared/contract';
import { pathOf } from '../../app/router';
import type { ReplicaStore } from '../../stores/createReplicaStore';
import { defineStore, type Disposable } from '../../stores/defineStore';
import { runRoute } from '../runs';
import { toastsStore, type ToastsStore } from '../toasts';
import { createJobNoticeTracker } from './jobNoticeTracker';
import { jobsStore } from './jobsStore';

/** @internal Exported for tests, which pass the current route's path instead of reading `location`. */
export function createJobNotices(jobs: Pick<ReplicaStore<Job[]>, 'getState' | 'subscribe'>, toasts: ToastsStore, currentPath: () => string): Disposable {
  const tracker = createJobNoticeTracker();
  let seen: Job[] | undefined;
  const observe = (data: Job[] | undefined) => {
    // The store also changes for its own fields (a write in flight): only a new list can hold news.
    if (!data || data === seen) return;
    seen = data;
    for (const notice of tracker.observe(data)) {
      if (notice.runId === null) continue;
      // Someone on that run's page watches its status change there; a toast would only repeat it.
      if (runRoute.match(currentPath())?.runId === notice.runId) continue;
      toasts.getState().push({ kind: notice.kind, message: notice.message, sticky: notice.sticky, link: { href: runRoute.href({ runId: notice.runId }), label: 'Open run' } });
    }
  };
  // Listening keeps the jobs list attached for the window's whole life: results must reach every view.
  const stop = jobs.subscribe((state) => observe(state.data));
  observe(jobs.getState().data);
  return { dispose: stop };
}

export const jobNoticesStore = defineStore({
  name: 'jobs.notices',
  create: ({ stores }) => createJobNotices(stores.get(jobsStore), stores.get(toastsStore), () => pathOf(location.hash)),
});

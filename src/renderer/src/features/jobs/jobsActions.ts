/**
 * Cancel and re-run, beside the Builds list. Each is one write that broadcasts like every write; the button shows
 * it in flight (`pending`) until the change is in this window's list. A failure toasts the server's message; a
 * re-run toasts "Re-running <name>" with a link to the new job.
 */
import type { Job } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { failureMessage, toastsStore } from '../toasts';
import { buildRoute } from './buildsRoutes';

/** What an action needs of a job: its id, and its name for the messages. */
export type JobRef = Pick<Job, 'id' | 'name'>;

export interface JobsActions {
  /** Job id → the write in flight for it. */
  readonly pending: Readonly<Record<number, 'cancel' | 'rerun'>>;
  /** Resolves true once the change is in the list, false if it failed (already toasted). */
  cancel(job: JobRef): Promise<boolean>;
  /** Resolves with the new job, or undefined if it failed (already toasted). */
  rerun(job: JobRef): Promise<Job | undefined>;
}

export function jobsActions({ get, set, write, stores }: ActionsContext<Job[], JobsActions>): JobsActions {
  const toasts = () => stores.get(toastsStore).getState();

  async function track<T>(job: JobRef, kind: 'cancel' | 'rerun', what: string, run: () => Promise<T>): Promise<T | undefined> {
    if (get().pending[job.id]) return undefined;
    set({ pending: { ...get().pending, [job.id]: kind } });
    try {
      return await run();
    } catch (error) {
      toasts().push({ kind: 'error', message: failureMessage(`${what} ${job.name} #${job.id}`, error) });
      return undefined;
    } finally {
      const { [job.id]: _done, ...rest } = get().pending;
      set({ pending: rest });
    }
  }

  return {
    pending: {},
    async cancel(job) {
      const done = await track(job, 'cancel', 'Cancelling', () => write('jobs.cancel', { id: job.id }));
      // A queued job is gone at once, and nothing else would say so. A running one tells of its end itself (jobNotice).
      if (done?.status === 'cancelled' && done.runId === null) toasts().push({ kind: 'info', message: `Cancelled ${job.name} #${job.id}` });
      return done !== undefined;
    },
    async rerun(job) {
      const again = await track(job, 'rerun', 'Re-running', () => write('jobs.rerun', { id: job.id }));
      if (again) toasts().push({ kind: 'info', message: `Re-running ${again.name}`, link: { href: buildRoute.href({ jobId: again.id }), label: `Show #${again.id}` } });
      return again;
    },
  };
}

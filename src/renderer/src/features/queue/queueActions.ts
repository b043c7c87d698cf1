/**
 * Retry, cancel and delete a queue job; pause and resume a queue; the list's filters. Each is one write that broadcasts like every
 * write; the button shows it in flight until the change is in this window's dashboard, and a failure toasts the
 * server's message with what to do.
 */
import type { QueueDashboard, QueueJobState } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { failureMessage, toastsStore } from '../toasts';

export type JobAction = 'retry' | 'cancel' | 'delete';

export interface QueueActions {
  /** Job id → the write in flight for it. */
  readonly pendingJobs: Readonly<Record<number, JobAction>>;
  /** Queue name → a pause or resume in flight. */
  readonly pendingQueues: Readonly<Record<string, 'pause' | 'resume'>>;
  /** Resolves true once the change is in the dashboard, false if it failed (already toasted). */
  act(id: number, action: JobAction): Promise<boolean>;
  /** The list's filter box and state toggle, kept here so opening a job's detail (another route) keeps them. */
  readonly filter: string;
  readonly stateFilter: QueueJobState | undefined;
  setFilter(filter: string): void;
  setStateFilter(state: QueueJobState | undefined): void;
  setPaused(queue: string, paused: boolean): Promise<boolean>;
}

const words: Record<JobAction, string> = { retry: 'Retrying', cancel: 'Cancelling', delete: 'Deleting' };

export function queueActions({ get, set, write, stores }: ActionsContext<QueueDashboard, QueueActions>): QueueActions {
  const toast = (what: string, error: unknown) => stores.get(toastsStore).getState().push({ kind: 'error', message: failureMessage(what, error) });

  return {
    pendingJobs: {},
    pendingQueues: {},
    filter: '',
    stateFilter: undefined,
    setFilter: (filter) => set({ filter }),
    setStateFilter: (stateFilter) => set({ stateFilter }),
    async act(id, action) {
      if (get().pendingJobs[id]) return false;
      set({ pendingJobs: { ...get().pendingJobs, [id]: action } });
      try {
        if (action === 'retry') await write('queue.retry', { id });
        else if (action === 'cancel') await write('queue.cancel', { id });
        else await write('queue.delete', { id });
        return true;
      } catch (error) {
        toast(`${words[action]} queue job #${id}`, error);
        return false;
      } finally {
        const { [id]: _done, ...rest } = get().pendingJobs;
        set({ pendingJobs: rest });
      }
    },
    async setPaused(queue, paused) {
      if (get().pendingQueues[queue]) return false;
      set({ pendingQueues: { ...get().pendingQueues, [queue]: paused ? 'pause' : 'resume' } });
      try {
        await write(paused ? 'queue.pause' : 'queue.resume', { queue });
        return true;
      } catch (error) {
        toast(`${paused ? 'Pausing' : 'Resuming'} queue ${queue}`, error);
        return false;
      } finally {
        const { [queue]: _done, ...rest } = get().pendingQueues;
        set({ pendingQueues: rest });
      }
    },
  };
}

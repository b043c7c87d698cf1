/**
 * Save a workflow, start a process, cancel one, retry a failed step. Save and start return their result for the
 * form to show beside its fields; cancel and retry show their write in flight and toast a failure with what to do.
 * Each waits until its change is in this window's replicas.
 */
import type { Process, Result, Workflow } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { toResult } from '../../stores/toResult';
import { failureMessage, toastsStore } from '../toasts';
import type { WorkflowsList } from './workflowsListReducer';

export interface WorkflowsActions {
  /** `<processId>` (cancel) or `<processId>:<step>` (retry) → in flight. */
  readonly pending: Readonly<Record<string, true>>;
  trySave(input: { name: string; steps: Workflow['steps'] }): Promise<Result<Workflow>>;
  tryStart(input: { workflowId: number; input?: Record<string, unknown> | undefined; resourceKey?: string | undefined }): Promise<Result<Process>>;
  cancel(processId: number): Promise<boolean>;
  retryStep(processId: number, step: string): Promise<boolean>;
}

export function workflowsActions({ get, set, write, stores }: ActionsContext<WorkflowsList, WorkflowsActions>): WorkflowsActions {
  const toasts = () => stores.get(toastsStore).getState();

  async function track(key: string, what: string, run: () => Promise<unknown>): Promise<boolean> {
    if (get().pending[key]) return false;
    set({ pending: { ...get().pending, [key]: true } });
    try {
      await run();
      return true;
    } catch (error) {
      toasts().push({ kind: 'error', message: failureMessage(what, error) });
      return false;
    } finally {
      const { [key]: _done, ...rest } = get().pending;
      set({ pending: rest });
    }
  }

  return {
    pending: {},
    async trySave(input) {
      const result = await toResult(write('workflows.save', input));
      if (result.ok) toasts().push({ kind: 'info', message: `Saved ${result.value.name} v${result.value.version}` });
      return result;
    },
    async tryStart({ workflowId, input, resourceKey }) {
      return toResult(write('processes.start', { workflowId, ...(input ? { input } : {}), ...(resourceKey ? { resourceKey } : {}) }));
    },
    cancel: (processId) => track(String(processId), `Cancelling process #${processId}`, () => write('processes.cancel', { id: processId })),
    retryStep: (processId, step) => track(`${processId}:${step}`, `Retrying ${step} of process #${processId}`, () => write('processes.retryStep', { id: processId, step })),
  };
}

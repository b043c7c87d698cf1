/**
 * How one fine-grained event on `process:<id>` changes a progress widget's state. Pure: every event is applied (the
 * widget store decides when to paint, never which events count). Each step stays one activity, whatever order and
 * however many attempts its events come in; `process_updated` is the source of truth for status and steps.
 */
import type { ProcessEvent } from '../../../../../shared/contract/workflows';
import { NOTES_KEPT, clampPercent, durationBetween, estimateEta, isTerminal, progressOf, type Activity, type ProgressState } from './progressState';

/** Replaces the activity of `step` (adding it at the end if the list did not have it). */
function withActivity(state: ProgressState, step: string, change: (activity: Activity) => Activity): readonly Activity[] {
  const index = state.activities.findIndex((a) => a.step === step);
  if (index === -1) {
    const blank: Activity = { step, kind: null, status: 'pending', attempt: 0, startedAt: null, finishedAt: null, durationMs: null, error: null, willRetry: false, result: null };
    return [...state.activities, change(blank)];
  }
  const next = state.activities.slice();
  next[index] = change(state.activities[index]!);
  return next;
}

export function applyProgressEvent(state: ProgressState, event: ProcessEvent): ProgressState {
  switch (event.type) {
    case 'process_updated': {
      const { process, timestamp } = event.payload;
      if (process.id !== state.processId) return state;
      const next = progressOf(process, state);
      return { ...next, eta: estimateEta(next.status, next.startedAt, next.percentage, timestamp) ?? (isTerminal(next.status) ? null : state.eta) };
    }
    case 'step_started': {
      const { step, attempt, timestamp } = event.payload;
      return {
        ...state,
        status: isTerminal(state.status) || state.status === 'queued' ? 'running' : state.status,
        finishedAt: isTerminal(state.status) ? null : state.finishedAt,
        startedAt: state.startedAt ?? timestamp,
        currentStep: step,
        activities: withActivity(state, step, (a) => ({ ...a, status: 'running', attempt, startedAt: timestamp, finishedAt: null, durationMs: null, error: null, willRetry: false })),
      };
    }
    case 'step_completed': {
      const { step, result, timestamp } = event.payload;
      return {
        ...state,
        activities: withActivity(state, step, (a) => ({ ...a, status: 'completed', finishedAt: timestamp, durationMs: durationBetween(a.startedAt, timestamp), error: null, willRetry: false, result })),
      };
    }
    case 'step_failed': {
      const { step, error, attempt, willRetry, timestamp } = event.payload;
      return {
        ...state,
        activities: withActivity(state, step, (a) => ({
          ...a,
          // Waiting for its next attempt, the step is pending again; its error stays on show until that attempt starts.
          status: willRetry ? 'pending' : 'failed',
          attempt,
          finishedAt: timestamp,
          durationMs: durationBetween(a.startedAt, timestamp),
          error,
          willRetry,
        })),
      };
    }
    case 'progress_update': {
      const { content, percentage, timestamp } = event.payload;
      const pct = clampPercent(percentage);
      const updates = state.updates.length >= NOTES_KEPT ? [...state.updates.slice(state.updates.length - NOTES_KEPT + 1), { content, timestamp }] : [...state.updates, { content, timestamp }];
      return { ...state, percentage: pct, updates, eta: estimateEta(state.status, state.startedAt, pct, timestamp) };
    }
    case 'step_output': {
      const { step, offset, text } = event.payload;
      const before = state.output[step] ?? '';
      // The log delivers each chunk once and in order; anything else (a replay after a snapshot that had it) is skipped.
      if (offset !== before.length || text.length === 0) return state;
      return { ...state, output: { ...state.output, [step]: before + text } };
    }
    default:
      return state;
  }
}

/** A batch of events, applied in order. */
export function applyProgressEvents(state: ProgressState, events: readonly ProcessEvent[]): ProgressState {
  let next = state;
  for (const event of events) next = applyProgressEvent(next, event);
  return next;
}

/**
 * What a progress widget shows of one process: status, percentage, current step, start, ETA, the activity list
 * (each step once) and the recent progress notes, plus each step's output. Made from a `processes.detail`
 * snapshot (`initProgress`) and kept current by `applyProgressEvent`. Pure types and constructors.
 */
import type { Process, ProcessDetail, ProcessStatus, ProcessStep, StepKind, StepStatus } from '../../../../../shared/contract/workflows';

/** One step as the activity list shows it. */
export interface Activity {
  readonly step: string;
  readonly kind: StepKind | null;
  readonly status: StepStatus;
  readonly attempt: number;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** How long it took, once it finished (a running step's duration ticks in the view). */
  readonly durationMs: number | null;
  /** The last attempt's error in full. */
  readonly error: string | null;
  /** Failed but another attempt comes (after its backoff). */
  readonly willRetry: boolean;
  readonly result: Readonly<Record<string, unknown>> | null;
}

/** A progress note as the worker sent it. */
export interface ProgressNote {
  readonly content: string;
  readonly timestamp: string;
}

export interface ProgressState {
  readonly processId: number;
  readonly workflowId: number;
  readonly workflowName: string;
  readonly version: number;
  readonly status: ProcessStatus;
  /** 0..100. */
  readonly percentage: number;
  readonly currentStep: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** Epoch ms at which it should end at its pace so far; null when nothing can be said. */
  readonly eta: number | null;
  readonly activities: readonly Activity[];
  /** The newest `NOTES_KEPT` progress notes, oldest first. */
  readonly updates: readonly ProgressNote[];
  /** Each step's output so far (UTF-16 offsets, as `step_output` counts them). */
  readonly output: Readonly<Record<string, string>>;
}

/** How many progress notes a widget keeps. */
export const NOTES_KEPT = 50;

export const terminalStatuses: readonly ProcessStatus[] = ['completed', 'failed', 'cancelled'];
export const isTerminal = (status: ProcessStatus): boolean => terminalStatuses.includes(status);

export function durationBetween(startedAt: string | null, finishedAt: string | null): number | null {
  if (!startedAt || !finishedAt) return null;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isNaN(ms) ? null : Math.max(0, ms);
}

export function activityOf(step: ProcessStep): Activity {
  return {
    step: step.name,
    kind: step.kind,
    status: step.status,
    attempt: step.attempts,
    startedAt: step.startedAt,
    finishedAt: step.finishedAt,
    durationMs: durationBetween(step.startedAt, step.finishedAt),
    error: step.error,
    willRetry: false,
    result: step.result,
  };
}

/**
 * When a process should end at its pace so far: elapsed × 100 / percentage after its start. Null before it
 * started, at 0 % (no pace yet), once done, or on unreadable times.
 */
export function estimateEta(status: ProcessStatus, startedAt: string | null, percentage: number, at: string | null): number | null {
  if (status !== 'running' || !startedAt || !at || percentage <= 0 || percentage >= 100) return null;
  const start = Date.parse(startedAt);
  const now = Date.parse(at);
  if (Number.isNaN(start) || Number.isNaN(now) || now < start) return null;
  return Math.round(start + ((now - start) * 100) / percentage);
}

/** The widget's state from a whole process (a snapshot, or `process_updated`), keeping notes and output given. */
export function progressOf(process: Process, keep: Pick<ProgressState, 'updates' | 'output' | 'eta'> = { updates: [], output: {}, eta: null }): ProgressState {
  const done = isTerminal(process.status);
  return {
    processId: process.id,
    workflowId: process.workflowId,
    workflowName: process.workflowName,
    version: process.version,
    status: process.status,
    percentage: done && process.status === 'completed' ? 100 : clampPercent(process.percentage),
    currentStep: process.currentStep,
    startedAt: process.startedAt,
    finishedAt: process.finishedAt,
    eta: done ? null : keep.eta,
    activities: process.steps.map(activityOf),
    updates: keep.updates,
    output: keep.output,
  };
}

export function initProgress(detail: ProcessDetail): ProgressState {
  return progressOf(detail.process, { updates: [], output: { ...detail.output }, eta: null });
}

export const clampPercent = (value: number): number => (Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0);

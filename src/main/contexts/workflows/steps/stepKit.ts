/**
 * What a step kind's runner gets: its definition, the abort signal of its queue job, sinks for output and progress
 * and the process's facts; it resolves with the step's result or throws an Error whose message is the step's error.
 * @internal Used by the workflows step runners.
 */
import type { StepDefinition, StepKind } from '../../../../shared/contract/workflows';
import type { StepProgress } from './createProgressLines';

export interface StepRun<K extends StepKind = StepKind> {
  readonly definition: Extract<StepDefinition, { kind: K }>;
  readonly signal: AbortSignal;
  readonly orgId: string;
  readonly processId: number;
  readonly input: Record<string, unknown>;
  /** Appends to the step's output (coalesced before it is written). */
  output(text: string): void;
  /** Reports how far the step is (coalesced with the output before it is written). */
  progress(report: StepProgress): void;
}

export type StepRunner<K extends StepKind = StepKind> = (run: StepRun<K>) => Promise<Record<string, unknown>>;

/** Why the signal fired, in words for the step's error. */
export function abortMessage(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason === 'timeout') return 'timed out';
  if (reason === 'shutdown') return 'the host stopped while the step ran';
  return 'cancelled';
}


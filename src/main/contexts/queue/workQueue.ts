/**
 * What the work queue offers the rest of main: other contexts define *workers* (a named handler on a named queue,
 * with its retry policy) and enqueue jobs for them. A worker's handler gets the job's args, an abort signal (fired
 * on cancel, on timeout and at shutdown) and a way to report progress; it resolves with a result or throws to fail
 * the attempt. Enqueueing inside another context's write (`enqueueIn(emit, …)`) commits with that write, so a
 * process and its first step's job exist together or not at all.
 */
import type { ActorRef, QueueJob } from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Disposable } from '../../kernel/disposable';

/** Thrown by a handler when another attempt can't help (a 4xx, bad input): the job is discarded at once. */
export class DiscardJob extends Error {
  override name = 'DiscardJob';
}

export interface Backoff {
  /** The first retry waits this long; each later one twice as long as the one before (default 1 s). */
  baseMs?: number;
  /** No wait exceeds this (default 5 min). */
  maxMs?: number;
  /** ± this fraction of randomness, so failed jobs don't retry in lockstep (default 0.2). */
  jitter?: number;
}

export interface JobContext {
  readonly job: QueueJob;
  /** Fires on cancel (`reason: 'cancelled'`), timeout (`'timeout'`) and shutdown (`'shutdown'`). */
  readonly signal: AbortSignal;
  /** 0..1 with a short note; coalesced, so calling it often is cheap. */
  progress(fraction: number, note?: string): void;
}

export interface WorkerDefinition<Args extends Record<string, unknown> = Record<string, unknown>> {
  /** Unique, e.g. `workflows.step`. */
  readonly name: string;
  readonly queue: string;
  /** Attempts before the job is discarded (default 3). */
  readonly maxAttempts?: number;
  /** Per-attempt time limit (default none). */
  readonly timeoutMs?: number;
  readonly backoff?: Backoff;
  /** 0 first … 9 last (default 5). */
  readonly priority?: number;
  perform(args: Args, context: JobContext): Promise<unknown>;
  /**
   * Hooks run inside the write that records the attempt's outcome, so what the worker's context writes with them
   * (a step's result, the next step's job) commits together with it. They must be synchronous.
   */
  onCompleted?(emit: Emit, job: QueueJob, result: unknown): void;
  /** `willRetry` false: that was the last attempt and the job is discarded. */
  onFailed?(emit: Emit, job: QueueJob, error: string, willRetry: boolean): void;
  onCancelled?(emit: Emit, job: QueueJob): void;
}

export interface EnqueueOptions {
  /** Run no earlier than this (ISO time or epoch ms). */
  runAt?: string | number;
  /** Run no earlier than this many ms from now. */
  runInMs?: number;
  priority?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  /** Over the worker's backoff, for this job. */
  backoff?: Backoff;
  /** At most one job of this worker with equal args within `periodMs` (not counting cancelled or discarded ones). */
  unique?: { periodMs: number };
}

export interface EnqueueRequest<Args extends Record<string, unknown> = Record<string, unknown>> {
  readonly orgId: string;
  readonly worker: string;
  readonly args: Args;
  /** Who the work is done for (recorded with the job). */
  readonly by: ActorRef;
  readonly options?: EnqueueOptions;
}

export interface Enqueued {
  job: QueueJob;
  /** True when a unique job already existed and was returned instead. */
  duplicate: boolean;
}

export interface QueueSettings {
  /** Concurrency of each named queue; a queue not named here gets `defaultConcurrency`. */
  queues?: Record<string, number>;
  defaultConcurrency?: number;
  /** Finished jobs are pruned after this long (default 24 h). */
  retentionMs?: number;
  /** Whether jobs start on their own (tests may drive `drain`); default true. */
  autostart?: boolean;
}

export interface WorkQueue {
  define<Args extends Record<string, unknown>>(worker: WorkerDefinition<Args>): Disposable;
  /** Enqueues in its own write. */
  enqueue(request: EnqueueRequest): Enqueued;
  /** Enqueues inside the caller's write: commits (and broadcasts) with it. */
  enqueueIn(emit: Emit, request: EnqueueRequest): Enqueued;
  /** A waiting job never runs; a running one is told (its signal fires) and ends cancelled. CONFLICT once finished. */
  cancel(by: ActorRef, id: number): QueueJob;
  job(id: number): QueueJob | undefined;
  /** Resolves once no job is available or executing (scheduled ones in the future don't count). */
  idle(): Promise<void>;
}

/**
 * Carries out one run the host handed this agent: reports it building, runs its command, streams the console, and
 * once all of it is delivered reports how the run ended. Called by the agent's main loop, one run at a time.
 */
import { createConsoleBatcher } from './createConsoleBatcher.ts';
import type { HostClient, Work } from './createHostClient.ts';
import { createJobRunner, type JobExit, type JobRunner } from './createJobRunner.ts';
import type { Log } from './createLog.ts';
import type { Retry } from './createRetry.ts';
import { isConflict } from './hostErrors.ts';

export interface RunContext {
  client: HostClient;
  retry: Retry;
  log: Log;
  /** Aborted when the agent is told to stop: the command is cancelled and the run reported `cancelled`. */
  stop: AbortSignal;
  /** Aborted when the stop grace period is over: calls to the host are abandoned (`StoppedError`). */
  deadline: AbortSignal;
  /** How often a running command that prints nothing still calls the host (liveness and cancel requests). */
  heartbeatMs?: number;
}

type FinalStatus = 'passed' | 'failed' | 'cancelled';

/** Resolves once the host knows how the run ended; throws `StoppedError` or a fatal `HostApiError`. */
export async function executeRun(ctx: RunContext, { job, run }: Work): Promise<void> {
  const { client, retry, log } = ctx;
  const signals = { sleep: ctx.deadline, request: ctx.deadline };
  const label = `run ${run.id} (${job.name})`;

  /** Reports a status; false when the host says the run already finished (someone else ended it). */
  const report = async (status: 'building' | FinalStatus, exitCode: number | null): Promise<boolean> => {
    try {
      heard(await retry(`report ${label} ${status}`, (signal) => client.reportStatus(run.id, status, exitCode, signal), signals));
      return true;
    } catch (error) {
      if (!isConflict(error)) throw error;
      log.warn(`${label}: ${error.message}`);
      return false;
    }
  };

  // Start from the host's console length: a run handed back after an agent restart already has some console.
  let consoleLength = run.consoleLength;
  let endsWithNewline = true;
  let runner: JobRunner | undefined;
  let lastCall = Date.now();
  // Someone asked the host to cancel the run: stop the command as on SIGTERM, then report `cancelled`.
  const cancelRequested = new AbortController();
  const heard = (answer: { cancelRequested: boolean }) => {
    lastCall = Date.now();
    if (answer.cancelRequested && !cancelRequested.signal.aborted) cancelRequested.abort();
  };
  const append = async (text: string, signal: AbortSignal, attempt: number): Promise<number> => {
    if (attempt > 0) {
      // The failed attempt may have reached the host before its answer was lost; the console length tells.
      const detail = (await client.jobDetail(job.id, signal)).run;
      const now = detail?.consoleLength ?? consoleLength;
      if (detail) heard(detail);
      if (now === consoleLength + text.length) return now;
      if (now !== consoleLength) log.warn(`${label}: the host holds ${now} console code units where ${consoleLength} were expected`);
    }
    const answer = await client.appendConsole(run.id, text, signal);
    heard(answer);
    return answer.consoleLength;
  };
  const batcher = createConsoleBatcher({
    send: async (text) => {
      consoleLength = await retry(`send console of ${label}`, (signal, n) => append(text, signal, n), signals);
    },
    // The console cannot take more (run finished elsewhere, token revoked, grace over): no point running on.
    onError: () => runner?.cancel(),
  });
  const output = (text: string) => {
    batcher.push(text);
    endsWithNewline = text.endsWith('\n');
  };
  const note = (line: string) => output(`${endsWithNewline ? '' : '\n'}[switchboard-agent] ${line}\n`);

  let status: FinalStatus;
  let exitCode: number | null = null;
  heard(run);
  let before = ctx.stop.aborted || cancelRequested.signal.aborted;
  if (!before) {
    if (!(await report('building', null))) return;
    // The answer to `building` says whether someone cancelled the run while it waited for this agent.
    before = cancelRequested.signal.aborted;
  }
  if (before) {
    // Handed a run while stopping (the ask was already in flight), or one already cancelled: end it rather than
    // leave it assigned forever.
    status = 'cancelled';
    note(`cancelled before it started: ${ctx.stop.aborted ? 'the agent is stopping' : 'cancel requested on the host'}`);
  } else {
    log.info(`${label}: building`);
    if (run.consoleLength > 0) note('the agent restarted; running the command again');
    const stop = AbortSignal.any([ctx.stop, cancelRequested.signal]);
    const started = startCommand(ctx.log, stop, job.command, { SWITCHBOARD_RUN_ID: String(run.id), SWITCHBOARD_JOB_ID: String(job.id), SWITCHBOARD_JOB_NAME: job.name }, output);
    runner = started.runner;
    const heartbeat = startHeartbeat(ctx.heartbeatMs ?? 1000, () => lastCall, async () => {
      try {
        heard(await client.appendConsole(run.id, '', ctx.deadline));
      } catch (error) {
        // A missed heartbeat is not fatal: the console's own retries say when the host is really gone.
        log.debug(`${label}: heartbeat failed: ${(error as Error).message}`);
      }
    });
    const exit = await runner.done;
    heartbeat.stop();
    exitCode = exit.exitCode;
    status = started.cancelled() ? 'cancelled' : exit.exitCode === 0 ? 'passed' : 'failed';
    const why = describeExit(exit, status, ctx.stop.aborted ? 'the agent is stopping' : 'cancel requested on the host');
    if (why) note(why);
    if (status === 'cancelled') log.info(`${label}: cancelled (${ctx.stop.aborted ? 'stopping' : 'requested on the host'})`);
  }

  try {
    await batcher.flush();
  } catch (error) {
    if (!isConflict(error)) throw error;
    log.warn(`${label}: ${error.message}`);
  }
  if (await report(status, exitCode)) log.info(`${label}: ${status}${exitCode === null ? '' : ` (exit code ${exitCode})`}`);
}

/** Spawns the command and cancels it if `stop` aborts (the agent stops, or the host asks) before it ends. */
function startCommand(log: Log, stop: AbortSignal, command: string, env: Record<string, string>, onOutput: (text: string) => void) {
  const runner = createJobRunner({ command, env: { ...process.env, ...env }, onOutput });
  let cancelled = false;
  const onStop = () => {
    if (runner.finished) return;
    cancelled = true;
    log.info(`cancelling the running command (process group ${runner.pid})`);
    runner.cancel();
  };
  if (stop.aborted) onStop();
  else {
    stop.addEventListener('abort', onStop, { once: true });
    void runner.done.then(() => stop.removeEventListener('abort', onStop));
  }
  return { runner, cancelled: () => cancelled };
}

/** Calls `beat` whenever `intervalMs` passed since the last call to the host. */
function startHeartbeat(intervalMs: number, lastCall: () => number, beat: () => Promise<void>) {
  let beating = false;
  const timer = setInterval(() => {
    if (beating || Date.now() - lastCall() < intervalMs) return;
    beating = true;
    void beat().finally(() => (beating = false));
  }, Math.max(10, intervalMs / 4));
  return { stop: () => clearInterval(timer) };
}

function describeExit(exit: JobExit, status: FinalStatus, cancelReason: string): string | undefined {
  if (status === 'cancelled') return `cancelled: ${cancelReason}`;
  if (exit.error) return `could not start the command: ${exit.error.message}`;
  if (exit.signal) return `the command was killed by ${exit.signal}`;
  return undefined;
}

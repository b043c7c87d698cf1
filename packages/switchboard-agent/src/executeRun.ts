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
      await retry(`report ${label} ${status}`, (signal) => client.reportStatus(run.id, status, exitCode, signal), signals);
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
  const append = async (text: string, signal: AbortSignal, attempt: number): Promise<number> => {
    if (attempt > 0) {
      // The failed attempt may have reached the host before its answer was lost; the console length tells.
      const now = (await client.jobDetail(job.id, signal)).run?.consoleLength ?? consoleLength;
      if (now === consoleLength + text.length) return now;
      if (now !== consoleLength) log.warn(`${label}: the host holds ${now} console code units where ${consoleLength} were expected`);
    }
    return client.appendConsole(run.id, text, signal);
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
  if (ctx.stop.aborted) {
    // Handed a run while stopping (the ask was already in flight): end it rather than leave it assigned forever.
    status = 'cancelled';
    note('cancelled before it started: the agent is stopping');
  } else {
    if (!(await report('building', null))) return;
    log.info(`${label}: building`);
    if (run.consoleLength > 0) note('the agent restarted; running the command again');
    const started = startCommand(ctx, job.command, { SWITCHBOARD_RUN_ID: String(run.id), SWITCHBOARD_JOB_ID: String(job.id), SWITCHBOARD_JOB_NAME: job.name }, output);
    runner = started.runner;
    const exit = await runner.done;
    exitCode = exit.exitCode;
    status = started.cancelled() ? 'cancelled' : exit.exitCode === 0 ? 'passed' : 'failed';
    const why = describeExit(exit, status);
    if (why) note(why);
  }

  try {
    await batcher.flush();
  } catch (error) {
    if (!isConflict(error)) throw error;
    log.warn(`${label}: ${error.message}`);
  }
  if (await report(status, exitCode)) log.info(`${label}: ${status}${exitCode === null ? '' : ` (exit code ${exitCode})`}`);
}

/** Spawns the command and cancels it if the agent is told to stop before it ends. */
function startCommand(ctx: RunContext, command: string, env: Record<string, string>, onOutput: (text: string) => void) {
  const runner = createJobRunner({ command, env: { ...process.env, ...env }, onOutput });
  let cancelled = false;
  const onStop = () => {
    if (runner.finished) return;
    cancelled = true;
    ctx.log.info(`cancelling the running command (process group ${runner.pid})`);
    runner.cancel();
  };
  if (ctx.stop.aborted) onStop();
  else {
    ctx.stop.addEventListener('abort', onStop, { once: true });
    void runner.done.then(() => ctx.stop.removeEventListener('abort', onStop));
  }
  return { runner, cancelled: () => cancelled };
}

function describeExit(exit: JobExit, status: FinalStatus): string | undefined {
  if (status === 'cancelled') return 'cancelled: the agent is stopping';
  if (exit.error) return `could not start the command: ${exit.error.message}`;
  if (exit.signal) return `the command was killed by ${exit.signal}`;
  return undefined;
}

/**
 * The agent's HTTP client for the host's REST API (bearer token, JSON in and out). It turns every outcome into a
 * value or one of the typed errors in `hostErrors.ts`; it never retries, which is the caller's decision.
 */
import type { Agent } from '../../../src/shared/contract/agents.ts';
import type { Job, Run } from '../../../src/shared/contract/jobs.ts';
import { HostApiError, HostUnreachableError, StoppedError } from './hostErrors.ts';

export interface Work {
  job: Job;
  run: Run;
}

export interface ConsoleAnswer {
  consoleLength: number;
  cancelRequested: boolean;
}

export interface RegisterInput {
  hostname: string;
  os?: string;
  ipAddress?: string;
  resources?: string[];
}

/** The agent protocol, one method per REST call; `signal` aborts the call when the agent gives up. */
export interface HostClient {
  listAgents(signal: AbortSignal): Promise<Agent[]>;
  register(input: RegisterInput, signal: AbortSignal): Promise<Agent>;
  /** The next run for this agent, or null (204) when there is nothing to do or the agent is disabled. */
  askForWork(uuid: string, signal: AbortSignal): Promise<Work | null>;
  reportStatus(runId: number, status: 'building' | 'passed' | 'failed' | 'cancelled', exitCode: number | null, signal: AbortSignal): Promise<Run>;
  /**
   * Appends to a run's console (an empty `text` is a heartbeat); resolves with the console's new length and whether
   * someone asked the host to cancel the run.
   */
  appendConsole(runId: number, text: string, signal: AbortSignal): Promise<ConsoleAnswer>;
  /** A job and its run, read to learn how much console the host really has after a lost answer. */
  jobDetail(jobId: number, signal: AbortSignal): Promise<{ job: Job; run: Run | null }>;
}

export interface HostClientOptions {
  /** Base URL of the host, without a trailing slash. */
  server: string;
  token: string;
  /** A call that takes longer counts as the host being unreachable. */
  timeoutMs?: number;
}

export function createHostClient(options: HostClientOptions): HostClient {
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(method: string, path: string, body: unknown, signal: AbortSignal): Promise<unknown> {
    const what = `${method} ${path}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    let status: number;
    let text: string;
    try {
      const res = await fetch(`${options.server}${path}`, {
        method,
        headers: { authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([signal, timeout]),
      });
      status = res.status;
      text = await res.text();
    } catch (error) {
      if (signal.aborted) throw new StoppedError(`${what} abandoned: the agent is stopping`, { cause: error });
      if (timeout.aborted) throw new HostUnreachableError(`${what} timed out after ${timeoutMs} ms`, { cause: error });
      throw new HostUnreachableError(`${what}: ${networkReason(error)}`, { cause: error });
    }
    // 5xx (and 408/429) mean the host is there but cannot answer now; the same call may well work later.
    if (status >= 500 || status === 408 || status === 429) throw new HostUnreachableError(`${what} answered ${status}`);
    if (status === 204) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new HostApiError(status, 'PROTOCOL', `${what} answered ${status} with something that is not JSON; is --server a Switchboard host?`);
    }
    if (status >= 400) {
      const error = (json as { error?: { code?: unknown; message?: unknown } }).error;
      const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
      throw new HostApiError(status, code, `${what} refused (${status} ${code}): ${typeof error?.message === 'string' ? error.message : text}`);
    }
    return json;
  }

  return {
    listAgents: async (signal) => ((await call('GET', '/api/agents', undefined, signal)) as { agents: Agent[] }).agents,
    register: async (input, signal) => (await call('POST', '/api/agents', input, signal)) as Agent,
    askForWork: async (uuid, signal) => (await call('POST', `/api/agents/${encodeURIComponent(uuid)}/work`, undefined, signal)) as Work | null,
    reportStatus: async (runId, status, exitCode, signal) =>
      (await call('PUT', `/api/runs/${runId}/status`, status === 'building' ? { status } : { status, exitCode }, signal)) as Run,
    appendConsole: async (runId, text, signal) => {
      const answer = (await call('POST', `/api/runs/${runId}/console`, { text }, signal)) as Partial<ConsoleAnswer>;
      // A host from before cancel requests answers without the flag.
      return { consoleLength: answer.consoleLength ?? 0, cancelRequested: answer.cancelRequested === true };
    },
    jobDetail: async (jobId, signal) => (await call('GET', `/api/jobs/${jobId}`, undefined, signal)) as { job: Job; run: Run | null },
  };
}

/** fetch reports every network failure as "fetch failed"; the useful part (`connect ECONNREFUSED ...`) is its cause. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.message === 'string' && cause.message !== '') return cause.message;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

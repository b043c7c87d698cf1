/**
 * Starts real `switchboard-agent` processes for the agent integration tests, keeps their merged output, and makes
 * sure none of them (nor a job they started) outlives its test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Job, Run } from '../../../src/shared/contract';
import type { TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';

export const agentBin = fileURLToPath(new URL('../../../packages/switchboard-agent/bin/switchboard-agent.js', import.meta.url));

export interface AgentExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One agent process. */
export interface AgentProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Waits for a line matching `pattern`; the failure shows what the agent printed. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<AgentExit>;
}

/** The agents a test started; `stopAll` in `afterEach` ends every one. */
export interface AgentPool {
  /** Writes `token` to a temporary file for `--token-file`. */
  tokenFile(token: string): string;
  start(args: readonly string[], env?: Record<string, string>): AgentProcess;
  stopAll(): Promise<void>;
}

export function createAgentPool(): AgentPool {
  const agents: AgentProcess[] = [];
  const dirs: string[] = [];

  return {
    tokenFile(token) {
      const dir = mkdtempSync(join(tmpdir(), 'switchboard-agent-test-'));
      dirs.push(dir);
      const file = join(dir, 'org.token');
      writeFileSync(file, `${token}\n`, { mode: 0o600 });
      return file;
    },
    start(args, env = {}) {
      const child = spawn(process.execPath, [agentBin, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, SWITCHBOARD_DEBUG: '', DEBUG: '', ...env },
      });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      const exited = new Promise<AgentExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      const agent: AgentProcess = {
        child,
        exited,
        output: () => text,
        async waitForLine(pattern, timeoutMs = 10_000) {
          try {
            return await waitFor(() => text.match(pattern), `agent output matching ${pattern}`, timeoutMs);
          } catch (error) {
            throw new Error(`${(error as Error).message}; the agent printed:\n${text}`, { cause: error });
          }
        },
      };
      agents.push(agent);
      return agent;
    },
    async stopAll() {
      await Promise.all(agents.splice(0).map((agent) => stop(agent)));
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** SIGTERM (the agent then cancels its job's process group), SIGKILL if it has not gone within 5 s. */
async function stop(agent: AgentProcess): Promise<void> {
  if (agent.child.exitCode !== null || agent.child.signalCode !== null) return;
  agent.child.kill('SIGTERM');
  const timer = setTimeout(() => agent.child.kill('SIGKILL'), 5000);
  await agent.exited;
  clearTimeout(timer);
}

/** Schedules and reads jobs through the host's own registry, as the REST API does, for the `acme` organization. */
export function acme(t: Pick<TestHost, 'app' | 'token'>) {
  const actor = () => t.app.authenticate(t.token('acme'))!;
  const job = (id: number) => t.app.kernel.registry.load('jobs.detail', { id }, actor()).data as { job: Job; run: Run | null };
  const run = (runId: number) => t.app.kernel.registry.load('runs.detail', { runId }, actor()).data as { run: Run; console: string };
  return {
    schedule: async (name: string, command: string) =>
      (await t.app.kernel.registry.run('jobs.schedule', { name, command }, { actor: actor() })) as Job,
    job,
    run,
    /** Waits until the job's run has finished; returns the run and its whole console. */
    async finished(jobId: number, timeoutMs = 10_000) {
      const done = await waitFor(() => {
        const detail = job(jobId);
        return detail.run && ['passed', 'failed', 'cancelled'].includes(detail.run.status) && detail.run;
      }, `job ${jobId} to finish`, timeoutMs);
      return run(done.id);
    },
  };
}

/** A REST call with the `acme` token, as an operator would make it. */
export async function rest(t: TestHost, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${t.host.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${t.token('acme')}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

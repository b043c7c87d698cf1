/**
 * Scheduling end to end with real agents: 8 `switchboard-agent` processes poll a headless host (its own thread);
 * jobs with no-op commands go in over REST. Measures throughput (a burst of jobs, first POST to last `passed`) and,
 * with the agents idle, the time from `POST /api/jobs` to a watching window's replica showing the job running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWebSocketChannel } from '../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient, type ViewReducer } from '../src/renderer/src/sync/createSyncClient';
import type { Job } from '../src/shared/contract';
import { startHostWorker } from './startHostWorker';

export interface SchedulingResult {
  agents: number;
  pollMs: number;
  burst: number;
  jobsPerSec: number;
  samples: number;
  p50: number;
  p99: number;
}

/** The window's Builds list: the snapshot, then each job event replacing its job. */
const jobsList: ViewReducer<'jobs.list', Map<number, Job>> = {
  init: (jobs) => new Map(jobs.map((job) => [job.id, job])),
  reduce: (jobs, event) => new Map(jobs).set(event.payload.job.id, event.payload.job),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureScheduling(root: string, workerUrl: URL, agentCount = 8, burst = 400, samples = 60, pollMs = 500): Promise<SchedulingResult> {
  const host = startHostWorker(workerUrl, new Float64Array(new SharedArrayBuffer(8)));
  const { port, dataDir, launchKey } = (await host.next('ready')) as { port: number; dataDir: string; launchKey: string };
  const server = `http://127.0.0.1:${port}`;
  const tokenFile = join(dataDir, 'tokens', 'acme.token');
  const token = readFileSync(tokenFile, 'utf8').trim();
  const bin = join(root, 'packages/switchboard-agent/bin/switchboard-agent.js');
  const agents: ChildProcess[] = Array.from({ length: agentCount }, (_, i) =>
    spawn(process.execPath, [bin, '--server', server, '--token-file', tokenFile, '--hostname', `bench-${i}`, '--poll-ms', String(pollMs)], { stdio: 'ignore' }),
  );
  const post = async (name: string): Promise<Job> => {
    const res = await fetch(`${server}/api/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, command: 'true' }),
    });
    return (await res.json()) as Job;
  };

  const client = createSyncClient(createWebSocketChannel(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`));
  await client.signIn('bob');
  const replica = client.watch('jobs.list', {}, jobsList);
  const running = new Map<number, number>();
  replica.subscribe((state) => {
    const now = performance.now();
    for (const [id, job] of state.data ?? []) if (!running.has(id) && job.status !== 'scheduled' && job.status !== 'assigned') running.set(id, now);
  });
  const allPassed = (ids: number[]) => ids.every((id) => replica.getState().data?.get(id)?.status === 'passed');
  await sleep(2 * pollMs); // every agent registered and polling

  // Latency: one job at a time, agents idle, spaced so that each finds an agent waiting.
  const delays: number[] = [];
  for (let i = 0; i < samples; i++) {
    const sent = performance.now();
    const job = await post(`latency-${i}`);
    while (!running.has(job.id)) await sleep(1);
    delays.push(running.get(job.id)! - sent);
    while (!allPassed([job.id])) await sleep(2);
    await sleep(pollMs / 4);
  }

  // Throughput: a burst of jobs at once, until the window shows every one passed.
  const started = performance.now();
  const ids = (await Promise.all(Array.from({ length: burst }, (_, i) => post(`burst-${i}`)))).map((job) => job.id);
  while (!allPassed(ids)) await sleep(5);
  const seconds = (performance.now() - started) / 1000;

  agents.forEach((agent) => agent.kill('SIGTERM'));
  await Promise.all(agents.map((agent) => new Promise((resolve) => (agent.exitCode === null ? agent.once('exit', resolve) : resolve(null)))));
  replica.dispose();
  client.dispose();
  await host.stop();
  const sorted = delays.sort((a, b) => a - b);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  return { agents: agentCount, pollMs, burst, jobsPerSec: burst / seconds, samples, p50: pick(0.5), p99: pick(0.99) };
}

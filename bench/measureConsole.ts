/**
 * Console throughput end to end: the real switchboard-agent runs a job printing numbered, time-stamped lines;
 * four sync clients watch the run's console over WebSocket. Reports lines/s delivered to every client and the p99
 * delay from the job's write to the line being in a client's replica; checks every client got every line in order.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createWebSocketChannel } from '../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient, type ViewReducer } from '../src/renderer/src/sync/createSyncClient';
import type { RunDetail } from '../src/shared/contract';
import { startHostWorker } from './startHostWorker';

export interface ConsoleResult {
  lines: number;
  clients: number;
  linesPerSec: number;
  p50: number;
  p99: number;
  complete: boolean;
}

const applyConsole: ViewReducer<'runs.detail', RunDetail> = {
  init: (detail) => detail,
  reduce: (detail, event) => {
    if (event.type === 'console_append') return { ...detail, console: detail.console + event.payload.text };
    return { ...detail, run: event.payload.run };
  },
};

export async function measureConsole(root: string, workerUrl: URL, lines: number, rate: number, clientCount = 4): Promise<ConsoleResult> {
  const host = startHostWorker(workerUrl, new Float64Array(new SharedArrayBuffer(8)));
  const { port, dataDir, launchKey } = (await host.next('ready')) as { port: number; dataDir: string; launchKey: string };
  const server = `http://127.0.0.1:${port}`;
  const agent = spawn(process.execPath, [join(root, 'packages/switchboard-agent/bin/switchboard-agent.js'), '--server', server, '--token-file', join(dataDir as string, 'tokens', 'acme.token'), '--hostname', 'bench-agent', '--poll-ms', '100'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const delays: number[] = [];
  let lastArrival = 0;
  let firstWrite = Infinity;
  const clients = await Promise.all(Array.from({ length: clientCount }, async () => {
    const channel = createWebSocketChannel(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`);
    const client = createSyncClient(channel);
    await client.signIn('bob');
    return { channel, client };
  }));
  host.worker.postMessage({ kind: 'schedule', command: `"${process.execPath}" "${join(root, 'bench/emitLines.mjs')}" ${lines} ${rate} 1500` });
  const { jobId } = (await host.next('scheduled')) as { jobId: number };
  const token = (await import('node:fs')).readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim();
  let runId: number | undefined;
  while (runId === undefined) {
    const res = await fetch(`${server}/api/jobs/${jobId}`, { headers: { authorization: `Bearer ${token}` } });
    runId = ((await res.json()) as { run: { id: number } | null }).run?.id;
    if (runId === undefined) await new Promise((r) => setTimeout(r, 20));
  }
  const replicas = clients.map(({ channel, client }) => {
    const replica = client.watch('runs.detail', { runId: runId! }, applyConsole);
    // Registered after the client's own listener: the chunk is in the replica when this runs.
    channel.onFrame((frame) => {
      if (frame.kind !== 'delta') return;
      const now = performance.timeOrigin + performance.now();
      for (const event of frame.events) {
        if (event.type !== 'console_append') continue;
        const text = (event.payload as { text: string }).text;
        for (let at = text.indexOf(' t='); at !== -1; at = text.indexOf(' t=', at + 3)) {
          const end = text.indexOf('\n', at);
          // A line cut between two chunks: its stamp is incomplete here (a cut number would read as ancient).
          if (end === -1) break;
          const written = Number(text.slice(at + 3, end));
          if (written < firstWrite) firstWrite = written;
          delays.push(now - written);
        }
        lastArrival = now;
      }
    });
    return replica;
  });
  const finished = () => replicas.every((r) => r.getState().data?.run.status === 'passed' || r.getState().data?.run.status === 'failed');
  const deadline = Date.now() + 60_000 + (lines / rate) * 3000;
  while (!finished() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const expected = Array.from({ length: lines }, (_, i) => `line ${i + 1} `);
  const complete = replicas.every((r) => {
    const got = (r.getState().data?.console ?? '').split('\n').filter(Boolean);
    return got.length === lines && got.every((line, i) => line.startsWith(expected[i]!));
  });
  agent.kill('SIGTERM');
  await new Promise((r) => agent.once('exit', r));
  replicas.forEach((r) => r.dispose());
  clients.forEach(({ client }) => client.dispose());
  await host.stop();
  const sorted = delays.sort((a, b) => a - b);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  return { lines, clients: clientCount, linesPerSec: lines / ((lastArrival - firstWrite) / 1000), p50: pick(0.5), p99: pick(0.99), complete };
}

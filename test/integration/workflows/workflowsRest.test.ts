/**
 * The workflows REST API on a real headless host: save (201, a new version under the same name), refusals with 400
 * and nothing written, start (202), a delay + shell + http process read back with every step once and its output
 * kept, cancel and retry through their routes, and another organization's ids answered 404.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Process } from '../../../src/shared/contract';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('workflows REST API', () => {
  let t: TestHost;
  let target: Server;
  let targetUrl: string;
  /** `/missing` answers 404 until a test fixes it. */
  let fixed = false;

  beforeAll(async () => {
    t = await startTestHost();
    target = createServer((req, res) => {
      res.statusCode = req.url === '/missing' && !fixed ? 404 : 200;
      res.end('ok');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => target.close(resolve));
    await t.close();
  });

  const call = async (method: string, path: string, body?: unknown, org = 'acme') => {
    const res = await fetch(`${t.host.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${t.token(org)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string; message: string; details?: unknown } } };
  };
  /** Polls the REST API (waitFor's checks are synchronous). */
  async function until<T>(check: () => Promise<T | false>, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== false) return value;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const settled = (id: number) =>
    until(async () => {
      const { json } = await call('GET', `/api/processes/${id}`);
      return !['queued', 'running'].includes(json.status as string) && (json as unknown as Process);
    }, `process ${id} to finish`);

  it('saves a workflow (201 with id and version 1) and a new version under the same name', async () => {
    const first = await call('POST', '/api/workflows', { name: 'rest-save', steps: [{ name: 'a', kind: 'delay', ms: 5 }] });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ id: expect.any(Number), version: 1, name: 'rest-save', orgId: 'acme', steps: [{ name: 'a', kind: 'delay', ms: 5 }] });
    const second = await call('POST', '/api/workflows', { name: 'rest-save', steps: [{ name: 'b', kind: 'shell', command: 'true' }] });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ id: first.json.id, version: 2, steps: [{ name: 'b', kind: 'shell' }] });
    const list = await call('GET', '/api/workflows');
    expect(list.status).toBe(200);
    expect((list.json.workflows as { name: string; version: number }[]).filter((w) => w.name === 'rest-save')).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it('refuses an unknown kind, a bad field and duplicate step names with 400 and writes nothing', async () => {
    const head = t.app.kernel.log.head();
    const cases: [unknown, RegExp][] = [
      [{ name: 'bad', steps: [{ name: 'x', kind: 'teleport' }] }, /kind must be delay, shell, http or build/],
      [{ name: 'bad', steps: [{ name: 'x', kind: 'delay', ms: -1 }] }, /./],
      [{ name: 'bad', steps: [{ name: 'x', kind: 'http', url: 'ftp://example.com' }] }, /http\(s\) url/],
      [{ name: 'bad', steps: [{ name: 'x', kind: 'shell', command: 'true', extra: 1 }] }, /./],
      [{ name: 'bad', steps: [{ name: 'x', kind: 'delay', ms: 1 }, { name: 'x', kind: 'delay', ms: 1 }] }, /step names must be unique/],
      [{ name: 'bad', steps: [] }, /at least one step/],
      [{ steps: [{ name: 'x', kind: 'delay', ms: 1 }] }, /name is required/],
    ];
    for (const [body, message] of cases) {
      const res = await call('POST', '/api/workflows', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error).toMatchObject({ code: 'INVALID_INPUT' });
      expect(JSON.stringify(res.json.error)).toMatch(message);
    }
    expect(t.app.kernel.log.head()).toBe(head);
    expect(((await call('GET', '/api/workflows')).json.workflows as { name: string }[]).some((w) => w.name === 'bad')).toBe(false);
  });

  it('starts a delay + shell + http process (202) that runs to completed, each step once, output kept', async () => {
    const saved = await call('POST', '/api/workflows', {
      name: 'rest-run',
      steps: [
        { name: 'pause', kind: 'delay', ms: 10 },
        { name: 'build', kind: 'shell', command: 'echo "input=$SWITCHBOARD_INPUT"' },
        { name: 'ping', kind: 'http', url: `${targetUrl}/health`, expectStatus: 200 },
      ],
    });
    const started = await call('POST', `/api/workflows/${saved.json.id}/processes`, { input: { ref: 'main' } });
    expect(started.status).toBe(202);
    expect(started.json).toMatchObject({ id: expect.any(Number), workflowId: saved.json.id, status: 'queued', input: { ref: 'main' } });
    const done = await settled(started.json.id as number);
    expect(done).toMatchObject({ id: started.json.id, workflowId: saved.json.id, status: 'completed', percentage: 100, currentStep: null });
    expect(done.steps.map((s) => [s.name, s.kind, s.status, s.attempts])).toEqual([
      ['pause', 'delay', 'completed', 1],
      ['build', 'shell', 'completed', 1],
      ['ping', 'http', 'completed', 1],
    ]);
    for (const step of done.steps) expect(step).toMatchObject({ startedAt: expect.any(String), finishedAt: expect.any(String), error: null });
    expect(done.steps[2]!.result).toEqual({ status: 200 });
    const detail = t.app.kernel.registry.load('processes.detail', { id: done.id }, t.app.authenticate(t.token('acme'))!).data as { output: Record<string, string> };
    expect(detail.output.build).toBe('input={"ref":"main"}\n');
    expect(detail.output.ping).toMatch(/GET .*\/health → 200/);
  });

  it('fails an http step on the wrong status, naming expected and actual, and retries it by route once fixed', async () => {
    const saved = await call('POST', '/api/workflows', { name: 'rest-http', steps: [{ name: 'probe', kind: 'http', url: `${targetUrl}/missing` }] });
    const started = await call('POST', `/api/workflows/${saved.json.id}/processes`);
    expect(started.status).toBe(202);
    const failed = await settled(started.json.id as number);
    expect(failed.status).toBe('failed');
    expect(failed.steps[0]!.error).toBe(`GET ${targetUrl}/missing answered 404 Not Found, expected 200`);
    expect((await call('POST', `/api/processes/${failed.id}/steps/nope/retry`)).status).toBe(404);
    fixed = true;
    const retried = await call('POST', `/api/processes/${failed.id}/steps/probe/retry`);
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ status: 'queued', steps: [{ name: 'probe', status: 'pending', error: null }] });
    expect(await settled(failed.id)).toMatchObject({ status: 'completed', steps: [{ status: 'completed', attempts: 1, error: null, result: { status: 200 } }] });
    expect((await call('POST', `/api/processes/${failed.id}/steps/probe/retry`)).status).toBe(409);
  });

  it('cancels a running process by route (200, then 409)', async () => {
    const saved = await call('POST', '/api/workflows', { name: 'rest-cancel', steps: [{ name: 'wait', kind: 'delay', ms: 60_000 }, { name: 'then', kind: 'delay', ms: 1 }] });
    const started = await call('POST', `/api/workflows/${saved.json.id}/processes`);
    await until(async () => (await call('GET', `/api/processes/${started.json.id}`)).json.status === 'running', 'the process to run');
    const cancelled = await call('POST', `/api/processes/${started.json.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ status: 'cancelled', steps: [{ status: 'skipped' }, { status: 'skipped' }] });
    expect((await call('POST', `/api/processes/${started.json.id}/cancel`)).status).toBe(409);
  });

  it("answers another organization's workflow and process ids 404, the same as ids that don't exist", async () => {
    const saved = await call('POST', '/api/workflows', { name: 'rest-private', steps: [{ name: 'x', kind: 'shell', command: 'exit 1' }] });
    const started = await call('POST', `/api/workflows/${saved.json.id}/processes`);
    await settled(started.json.id as number);
    const probes: [string, string][] = [
      ['POST', `/api/workflows/${saved.json.id}/processes`],
      ['GET', `/api/processes/${started.json.id}`],
      ['POST', `/api/processes/${started.json.id}/cancel`],
      ['POST', `/api/processes/${started.json.id}/steps/x/retry`],
    ];
    const head = t.app.kernel.log.head();
    for (const [method, path] of probes) {
      const theirs = await call(method, path, undefined, 'globex');
      expect(theirs.status, `${method} ${path}`).toBe(404);
      expect(theirs.json.error!.code).toBe('NOT_FOUND');
      const missing = await call(method, path.replace(/\/\d+\//, '/999999/').replace(/\/\d+$/, '/999999'), undefined, 'globex');
      expect(missing.status).toBe(404);
      expect(theirs.json.error!.message.replace(/\d+/g, 'N')).toBe(missing.json.error!.message.replace(/\d+/g, 'N'));
    }
    expect(t.app.kernel.log.head()).toBe(head);
    expect(((await call('GET', '/api/workflows', undefined, 'globex')).json.workflows as unknown[]).length).toBe(0);
  });
});

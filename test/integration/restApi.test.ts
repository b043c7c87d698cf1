import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, LogEvent } from '../../src/shared/contract';
import { startTestHost, type TestHost } from '../support/startTestHost';

describe('REST API', () => {
  let t: TestHost;
  const events: LogEvent[] = [];
  let stop: () => void;

  beforeAll(async () => {
    t = await startTestHost();
    stop = t.app.kernel.bus.subscribe('agents:updates:acme', (e) => events.push(e));
  });
  afterAll(async () => {
    stop();
    await t.close();
  });

  const call = (method: string, path: string, options: { token?: string | null; body?: unknown; raw?: string } = {}) => {
    const token = options.token === undefined ? t.token('acme') : options.token;
    return fetch(`${t.host.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  };

  it('writes each organization token file readable by its owner only', () => {
    const mode = statSync(join(t.app.dataDir, 'tokens', 'acme.token')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(t.token('acme')).not.toBe(t.token('globex'));
  });

  it('answers health without a token', async () => {
    const res = await call('GET', '/api/health', { token: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a missing or wrong token with 401 and a JSON error', async () => {
    for (const token of [null, 'sbt_wrong']) {
      const res = await call('GET', '/api/agents', { token });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('lists, registers, disables, enables and deletes through the contexts, broadcasting each change once', async () => {
    const list = (await (await call('GET', '/api/agents')).json()) as { agents: Agent[] };
    expect(list.agents.map((a) => a.orgId)).toEqual(['acme', 'acme', 'acme']);
    const before = events.length;
    const created = await call('POST', '/api/agents', { body: { hostname: 'rest-1.acme', os: 'Linux' } });
    expect(created.status).toBe(201);
    const agent = (await created.json()) as Agent;
    expect(agent.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call('PUT', `/api/agents/${agent.uuid}/disable`)).status).toBe(200);
    const enabled = await call('PUT', `/api/agents/${agent.uuid}/enable`);
    expect(await enabled.json()).toMatchObject({ enabled: true });
    expect((await call('DELETE', `/api/agents/${agent.uuid}`)).status).toBe(200);
    expect(events.slice(before).map((e) => e.type)).toEqual(['agent_registered', 'agent_disabled', 'agent_enabled', 'agent_deleted']);
    expect((await call('DELETE', `/api/agents/${agent.uuid}`)).status).toBe(404);
  });

  it('answers bad input with 400 and writes nothing', async () => {
    const head = t.app.kernel.log.head();
    const cases = [
      { body: { hostname: 'has space' } },
      { body: {} },
      { body: { hostname: 'ok', unknown: true } },
      { raw: '{"hostname": ' },
      { raw: '' },
    ];
    for (const c of cases) {
      const res = await call('POST', '/api/agents', c);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('INVALID_INPUT');
      expect(body.error.message.length).toBeGreaterThan(5);
    }
    expect((await call('PUT', '/api/agents/not-a-uuid/enable')).status).toBe(400);
    expect(t.app.kernel.log.head()).toBe(head);
  });

  it("hides other organizations' agents behind 404", async () => {
    const theirs = (await (await call('POST', '/api/agents', { token: t.token('globex'), body: { hostname: 'g-1' } })).json()) as Agent;
    const res = await call('PUT', `/api/agents/${theirs.uuid}/disable`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await call('GET', '/api/nothing')).status).toBe(404);
    expect((await call('PATCH', '/api/agents')).status).toBe(405);
  });

  it('answers duplicates with 409', async () => {
    await call('POST', '/api/agents', { body: { hostname: 'twice.acme' } });
    const res = await call('POST', '/api/agents', { body: { hostname: 'twice.acme' } });
    expect(res.status).toBe(409);
  });

  it('schedules jobs and serves the agent protocol: work, status, console', async () => {
    const agent = (await (await call('POST', '/api/agents', { body: { hostname: 'proto-agent.acme' } })).json()) as Agent;
    const idle = await call('POST', `/api/agents/${agent.uuid}/work`);
    expect(idle.status).toBe(204);
    const scheduled = await call('POST', '/api/jobs', { body: { name: 'build', command: 'echo hi' } });
    expect(scheduled.status).toBe(201);
    const job = (await scheduled.json()) as { id: number; status: string };
    expect(job.status).toBe('scheduled');
    const work = (await (await call('POST', `/api/agents/${agent.uuid}/work`)).json()) as { job: { id: number }; run: { id: number } };
    expect(work.job.id).toBe(job.id);
    expect((await call('PUT', `/api/runs/${work.run.id}/status`, { body: { status: 'building' } })).status).toBe(200);
    const appended = await call('POST', `/api/runs/${work.run.id}/console`, { body: { text: 'hi\n' } });
    expect(await appended.json()).toEqual({ consoleLength: 3, cancelRequested: false });
    await call('PUT', `/api/runs/${work.run.id}/status`, { body: { status: 'passed', exitCode: 0 } });
    const detail = (await (await call('GET', `/api/jobs/${job.id}`)).json()) as { job: { status: string }; run: { status: string; consoleLength: number } };
    expect(detail).toMatchObject({ job: { status: 'passed' }, run: { status: 'passed', consoleLength: 3 } });
    expect((await call('POST', `/api/runs/${work.run.id}/console`, { body: { text: 'late' } })).status).toBe(409);
    expect((await call('PUT', `/api/runs/${work.run.id}/status`, { body: { status: 'exploded' } })).status).toBe(400);
    expect((await call('GET', `/api/jobs/${job.id}`, { token: t.token('globex') })).status).toBe(404);
    expect((await call('GET', '/api/jobs/abc')).status).toBe(400);
    expect((await call('POST', '/api/jobs', { body: { name: 'no command' } })).status).toBe(400);
  });

  it('lists jobs, cancels a queued one (409 once finished, nothing written) and re-runs it as a new job (201)', async () => {
    const scheduled = (await (await call('POST', '/api/jobs', { body: { name: 'rest-cancel', command: 'make' } })).json()) as { id: number };
    const listed = (await (await call('GET', '/api/jobs')).json()) as { jobs: { id: number; status: string }[] };
    expect(listed.jobs[0]).toMatchObject({ id: scheduled.id, status: 'scheduled' });
    const cancelled = await call('POST', `/api/jobs/${scheduled.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ id: scheduled.id, status: 'cancelled', runId: null });
    const head = t.app.kernel.log.head();
    const again = await call('POST', `/api/jobs/${scheduled.id}/cancel`);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: { code: 'CONFLICT', message: `Job rest-cancel #${scheduled.id} already cancelled; there is nothing to cancel` } });
    expect(t.app.kernel.log.head()).toBe(head);
    const rerun = await call('POST', `/api/jobs/${scheduled.id}/rerun`);
    expect(rerun.status).toBe(201);
    expect(await rerun.json()).toMatchObject({ name: 'rest-cancel', command: 'make', status: 'scheduled', rerunOf: scheduled.id });
    expect((await call('POST', '/api/jobs/999999/cancel')).status).toBe(404);
    const bad = await call('POST', '/api/jobs/abc/rerun');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT', details: { fields: { id: 'id must be a number' } } } });
    expect((await call('POST', `/api/jobs/${scheduled.id}/cancel`, { token: t.token('globex') })).status).toBe(404);
  });
});

/**
 * Organizations never meet: a uuid acme used is never handed to globex (even after acme deleted its agent), so globex
 * can't take acme's running job, read its runs or follow them; and registering an existing uuid answers the same
 * whichever organization holds it (no existence oracle).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../../../src/main/kernel/actor';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('across organizations', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  const call = (org: string, method: string, path: string, body?: unknown) => t.call(org, method, path, body);

  it("never hands a deleted agent's uuid to another organization, nor its running job, runs or topics", async () => {
    const uuid = '00000000-0000-4000-8000-0000000c0551';
    expect((await call('acme', 'POST', '/api/agents', { uuid, hostname: 'shared-uuid.acme' })).status).toBe(201);
    const job = (await call('acme', 'POST', '/api/jobs', { name: 'secret build', command: 'deploy --token s3cr3t' })).json!;
    const work = await call('acme', 'POST', `/api/agents/${uuid}/work`);
    expect(work.json).toMatchObject({ job: { id: job.id } });
    expect((await call('acme', 'DELETE', `/api/agents/${uuid}`)).status).toBe(200);

    const taken = await call('globex', 'POST', '/api/agents', { uuid, hostname: 'thief.globex' });
    expect(taken).toEqual({ status: 409, json: { error: { code: 'CONFLICT', message: `An agent with uuid ${uuid} already exists`, details: { fields: { uuid: 'already exists' } } } } });
    expect((await call('globex', 'POST', `/api/agents/${uuid}/work`)).status).toBe(404);
    const carol = userActor({ userId: 'carol', userName: 'Carol', orgId: 'globex', orgName: 'Globex' });
    expect(() => t.app.kernel.registry.load('runs.byAgent', { agentUuid: uuid }, carol)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => t.app.kernel.registry.authorize(carol, `agent_job_runs:${uuid}`)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    // acme may bring its own uuid back.
    expect((await call('acme', 'POST', '/api/agents', { uuid, hostname: 'shared-uuid.acme' })).status).toBe(201);
  });

  it('answers registering an existing uuid the same whichever organization holds it', async () => {
    const acmeAgent = (await call('acme', 'POST', '/api/agents', { hostname: 'oracle-1.acme' })).json!;
    const fromGlobex = await call('globex', 'POST', '/api/agents', { uuid: acmeAgent.uuid, hostname: 'probe.globex' });
    const fromAcme = await call('acme', 'POST', '/api/agents', { uuid: acmeAgent.uuid, hostname: 'probe.acme' });
    expect(fromGlobex).toEqual(fromAcme);
    expect(fromGlobex.status).toBe(409);
  });
});

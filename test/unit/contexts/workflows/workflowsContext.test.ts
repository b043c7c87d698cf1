/**
 * The workflows context as its callers see it: saving under a known name makes a new version, the list and the
 * latest-process views, another organization's ids answered NOT_FOUND in words, who later steps run for, the retry
 * policy's backoff on the queue job, and which `workflow:` and `process:` topics an organization may follow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Process, Workflow } from '../../../../src/shared/contract';
import { userActor } from '../../../../src/main/kernel/actor';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { waitFor } from '../../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const save = (name: string, steps: unknown[], actor = core.acme) => core.run<Workflow>('workflows.save', { name, steps }, actor);
/** The queue jobs of a process's steps, in step order. */
const jobsOf = (processId: number) =>
  core.kernel.db.prepare('SELECT queue_job_id FROM workflow_process_steps WHERE process_id = ? ORDER BY position').pluck().all(processId) as number[];
const start = (workflowId: number, actor = core.acme) => core.run<Process>('processes.start', { workflowId }, actor);

describe('workflows views', () => {
  it('saves a second version under the same name and lists processes and the latest one', async () => {
    core = createTestCore();
    const first = await save('deploy', [{ name: 'a', kind: 'delay', ms: 1 }]);
    const second = await save('deploy', [{ name: 'b', kind: 'delay', ms: 1 }]);
    expect(second).toMatchObject({ id: first.id, version: 2, steps: [{ name: 'b' }] });
    await core.run('queue.pause', { queue: 'workflows' }, core.acme);
    const process = await start(first.id);
    const list = core.load<{ workflows: Workflow[]; processes: Process[] }>('workflows.list', {}, core.acme);
    expect(list.workflows.map((w) => [w.name, w.version])).toEqual([['deploy', 2]]);
    expect(list.processes.map((p) => [p.id, p.status])).toEqual([[process.id, 'queued']]);
    expect(core.load('workflows.latest', { workflowId: first.id }, core.acme)).toMatchObject({ workflow: { id: first.id }, process: { id: process.id } });
  });

  it("answers another organization's workflow and process NOT_FOUND in words", async () => {
    core = createTestCore();
    const workflow = await save('private', [{ name: 'a', kind: 'delay', ms: 1 }]);
    await core.run('queue.pause', { queue: 'workflows' }, core.acme);
    const process = await start(workflow.id);
    expect(() => core.load('processes.get', { id: process.id }, core.globex)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No process ${process.id} in this organization` }),
    );
    expect(() => core.load('workflows.latest', { workflowId: workflow.id }, core.globex)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No workflow ${workflow.id} in this organization` }),
    );
  });

  it("hands out a process only to its own organization's actors", async () => {
    core = createTestCore();
    const workflow = await save('mine', [{ name: 'a', kind: 'delay', ms: 1 }]);
    await core.run('queue.pause', { queue: 'workflows' }, core.acme);
    const process = await start(workflow.id);
    expect(core.workflows.process(core.acme, process.id)).toMatchObject({ id: process.id, orgId: 'acme' });
    expect(core.workflows.process(core.globex, process.id)).toBeUndefined();
    expect(core.workflows.process(core.acme, process.id + 1)).toBeUndefined();
  });
});

describe('the queue jobs of steps', () => {
  it('enqueues later steps for whoever started the process, even with a colon in their id', async () => {
    core = createTestCore();
    core.accounts.seedOrganization({ id: 'initech', name: 'Initech', users: [{ id: 'sso:peter', name: 'Peter' }] });
    const peter = userActor(core.accounts.resolveUser('Peter'));
    const workflow = await save('two', [{ name: 'a', kind: 'delay', ms: 1 }, { name: 'b', kind: 'delay', ms: 1 }], peter);
    const process = await start(workflow.id, peter);
    await waitFor(() => core.workflows.process(peter, process.id)?.status === 'completed', 'the process to complete');
    const jobIds = jobsOf(process.id);
    expect(jobIds.map((id) => core.queue.job(id)!.enqueuedBy)).toEqual(['user:sso:peter', 'user:sso:peter']);
  });

  it("waits a retried step's own backoff before its next attempt", async () => {
    core = createTestCore();
    const workflow = await save('patient', [{ name: 'slow', kind: 'delay', ms: 60_000, timeoutMs: 10, retry: { maxAttempts: 2, backoffMs: 60_000 } }]);
    const process = await start(workflow.id);
    const [jobId] = jobsOf(process.id);
    const job = await waitFor(() => {
      const now = core.queue.job(jobId!)!;
      return now.state === 'retryable' && now.errors.length === 1 && now;
    }, 'the first attempt to time out');
    // 60 s ± 20 % jitter after the failure; the default would be about 1 s.
    expect(Date.parse(job.scheduledAt) - Date.parse(job.errors[0]!.at)).toBeGreaterThanOrEqual(40_000);
    await core.run('processes.cancel', { id: process.id }, core.acme);
  });
});

describe('topic authorization', () => {
  it('lets an organization follow its own workflows and processes by their exact decimal id only', async () => {
    core = createTestCore();
    let workflow: Workflow | undefined;
    // Ten workflows, so the last id has two digits.
    for (let i = 0; i < 10; i++) workflow = await save(`w${i}`, [{ name: 'a', kind: 'delay', ms: 1 }]);
    await core.run('queue.pause', { queue: 'workflows' }, core.acme);
    const processes: Process[] = [];
    for (let i = 0; i < 10; i++) processes.push(await start(workflow!.id));
    const process = processes.at(-1)!;
    expect(workflow!.id).toBeGreaterThanOrEqual(10);
    expect(process.id).toBeGreaterThanOrEqual(10);
    const allowed = (topic: string) => {
      try {
        core.kernel.registry.authorize(core.acme, topic);
        return true;
      } catch (error) {
        expect(error).toMatchObject({ code: 'FORBIDDEN' });
        return false;
      }
    };
    expect(allowed(`workflow:${workflow!.id}`)).toBe(true);
    expect(allowed(`version:${workflow!.id}`)).toBe(true);
    expect(allowed(`process:${process.id}`)).toBe(true);
    // `1e0` is the number 1, yet not a decimal id.
    for (const id of [`${workflow!.id}e0`, `x${workflow!.id}`]) {
      expect(allowed(`workflow:${id}`)).toBe(false);
      expect(allowed(`version:${id}`)).toBe(false);
    }
    for (const id of [`${process.id}e0`, `x${process.id}`]) expect(allowed(`process:${id}`)).toBe(false);
  });
});

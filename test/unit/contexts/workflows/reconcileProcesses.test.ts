/**
 * Start-up reconciliation of processes whose step jobs ended without the step worker hearing of it: a cancelled job
 * cancels its process, a job that is gone fails its step in those words, a job still waiting is left alone; the
 * count it returns is of the processes it settled, and it writes as `system:workflows`. Across a real restart, a
 * running step whose cancel was asked just before the host stopped ends its process cancelled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEvent, Process, Workflow } from '../../../../src/shared/contract';
import { apiActor } from '../../../../src/main/kernel/actor';
import type { Db } from '../../../../src/main/kernel/db/openDatabase';
import { createWorkflowRows } from '../../../../src/main/contexts/workflows/workflowRows';
import { createWorkflowWrites } from '../../../../src/main/contexts/workflows/createWorkflowWrites';
import { reconcileProcesses } from '../../../../src/main/contexts/workflows/reconcileProcesses';
import { createTestCore } from '../../../support/createTestCore';
import { openFileCore } from '../../../support/openFileCore';
import { waitFor } from '../../../support/waitFor';

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).reverse().forEach((dispose) => dispose()));

const acme = apiActor('acme');
const steps = [{ name: 'only', kind: 'delay', ms: 1 }];
const firstJobOf = (db: Db, processId: number) =>
  db.prepare('SELECT queue_job_id FROM workflow_process_steps WHERE process_id = ? AND position = 0').pluck().get(processId) as number;

describe('reconcileProcesses', () => {
  it('cancels, fails and leaves alone by what became of each step job, and counts what it settled', async () => {
    const core = createTestCore();
    disposers.push(core.dispose);
    await core.run('queue.pause', { queue: 'workflows' }, acme);
    const workflow = await core.run<Workflow>('workflows.save', { name: 'w', steps }, acme);
    const start = () => core.run<Process>('processes.start', { workflowId: workflow.id }, acme);
    const cancelled = await start();
    const gone = await start();
    const waiting = await start();
    // A waiting job cancelled or deleted on the dashboard never reaches the step worker.
    await core.run('queue.cancel', { id: firstJobOf(core.kernel.db, cancelled.id) }, acme);
    const goneJob = firstJobOf(core.kernel.db, gone.id);
    await core.run('queue.delete', { id: goneJob }, acme);
    const events: LogEvent[] = [];
    core.kernel.bus.subscribe('organization:acme', (event) => void events.push(event));

    const rows = createWorkflowRows(core.kernel.db);
    const settled = reconcileProcesses(core.kernel.write, rows, createWorkflowWrites(core.kernel.db, rows), core.queue);

    expect(settled).toBe(2);
    expect(core.workflows.process(acme, cancelled.id)).toMatchObject({ status: 'cancelled', steps: [{ status: 'skipped' }] });
    expect(core.workflows.process(acme, gone.id)).toMatchObject({ status: 'failed', steps: [{ status: 'failed', error: `its queue job #${goneJob} is gone` }] });
    expect(core.workflows.process(acme, waiting.id)).toMatchObject({ status: 'queued', steps: [{ status: 'pending' }] });
    expect(events.map((e) => [(e.payload as { process: Process }).process.id, e.actor])).toEqual([
      [cancelled.id, { kind: 'system', id: 'workflows' }],
      [gone.id, { kind: 'system', id: 'workflows' }],
    ]);
  });
});

describe('across a restart', () => {
  it('cancels a process whose running step was asked to stop just before the host stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-reconcile-'));
    disposers.push(() => rmSync(dir, { recursive: true, force: true }));
    const open = () => openFileCore(dir);
    const first = open();
    const workflow = await first.kernel.registry.run('workflows.save', { name: 'w', steps: [{ name: 'wait', kind: 'delay', ms: 60_000 }] }, { actor: acme }) as Workflow;
    const started = await first.kernel.registry.run('processes.start', { workflowId: workflow.id }, { actor: acme }) as Process;
    await waitFor(() => first.workflows.process(acme, started.id)?.status === 'running', 'the step to run');
    const job = firstJobOf(first.kernel.db, started.id);
    // Asked, then the host stops before the step's job could end.
    first.queue.cancel(acme.ref, job);
    first.dispose();

    const second = open();
    disposers.push(second.dispose);
    expect(second.workflows.process(acme, started.id)).toMatchObject({
      status: 'cancelled',
      steps: [{ status: 'skipped', error: `its queue job #${job} was cancelled` }],
    });
  });
});

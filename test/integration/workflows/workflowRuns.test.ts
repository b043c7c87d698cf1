/**
 * Processes run on the real work queue of a test core: steps in order, each once in the list; a failing shell step
 * fails with "exit code N" and leaves later steps pending; a step's retry policy; cancel kills a running command's
 * whole process group; retrying a failed step resumes the process; output streamed with offsets in UTF-16 units.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';
import { groupExists, killGroupIfLeft, ownGroup } from '../../support/processGroups';
import { workflowHarness } from './workflowHarness';

describe('workflow processes on the work queue', () => {
  let core: TestCore;
  let wf: ReturnType<typeof workflowHarness>;
  let scratch: string;
  const groups: number[] = [];

  beforeEach(() => {
    core = createTestCore();
    wf = workflowHarness(core, () => core.acme);
    scratch = mkdtempSync(join(tmpdir(), 'switchboard-workflows-'));
  });
  afterEach(async () => {
    wf.stop();
    for (const group of groups.splice(0)) killGroupIfLeft(group);
    core.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('runs delay and shell steps in order to completed, each step once, with events at every level', async () => {
    const workflow = await wf.save('deploy', [
      { name: 'wait', kind: 'delay', ms: 20 },
      { name: 'say', kind: 'shell', command: 'echo "héllo $SWITCHBOARD_STEP_NAME"; echo 😀 >&2' },
    ]);
    const coarse = wf.record(`workflow:${workflow.id}`);
    const resource = wf.record('resource:acme.svc-1');
    const org = wf.record('organization:acme');
    const started = await wf.start(workflow.id, { resourceKey: 'svc-1' });
    expect(started).toMatchObject({ status: 'queued', percentage: 0, currentStep: 'wait', resourceKey: 'svc-1' });
    const fine = wf.record(`process:${started.id}`);
    const { process, output } = await wf.settled(started.id);

    expect(process).toMatchObject({ status: 'completed', percentage: 100, workflowId: workflow.id, version: 1 });
    expect(process.steps.map((s) => [s.name, s.status, s.attempts])).toEqual([['wait', 'completed', 1], ['say', 'completed', 1]]);
    expect(process.steps[1]!.result).toEqual({ exitCode: 0 });
    expect(output.say!.split('\n').sort()).toEqual(['', 'héllo say', '😀']);
    expect(process.steps[1]!.outputLength).toBe(output.say!.length);
    for (const topic of [coarse, resource]) {
      expect(topic.map((e) => e.type)).toEqual(['process_created', 'workflow_completed']);
      expect(topic[1]!.payload).toMatchObject({ processId: started.id, status: 'completed', timestamp: expect.any(String) });
    }
    const types = fine.map((e) => e.type);
    expect(types.filter((t) => t === 'step_started')).toHaveLength(2);
    expect(types.filter((t) => t === 'step_completed')).toHaveLength(2);
    const progress = fine.filter((e) => e.type === 'progress_update').map((e) => (e.payload as { percentage: number }).percentage);
    expect(progress).toEqual([50, 100]);
    // Output offsets in UTF-16 code units, contiguous from 0.
    let offset = 0;
    for (const e of fine.filter((e) => e.type === 'step_output')) {
      const p = e.payload as { offset: number; text: string };
      expect(p.offset).toBe(offset);
      offset += p.text.length;
    }
    expect(offset).toBe(output.say!.length);
    expect(org.filter((e) => e.type === 'process_changed').at(-1)!.payload).toMatchObject({ process: { status: 'completed' } });
  });

  it('coalesces a chatty command: 20,000 lines arrive whole in a few writes', async () => {
    const workflow = await wf.save('chatty', [{ name: 'spam', kind: 'shell', command: 'seq 1 20000' }]);
    const p = await wf.start(workflow.id);
    const fine = wf.record(`process:${p.id}`);
    const { process, output } = await wf.settled(p.id);
    expect(process.status).toBe('completed');
    expect(output.spam).toBe(Array.from({ length: 20_000 }, (_, i) => `${i + 1}\n`).join(''));
    expect(fine.filter((e) => e.type === 'step_output').length).toBeLessThan(20);
  });

  it('a shell step reports progress with `::progress N note` lines: each a progress_update, none in the output', async () => {
    const workflow = await wf.save('reporting', [
      { name: 'first', kind: 'delay', ms: 1 },
      { name: 'work', kind: 'shell', command: 'echo before; i=0; while [ $i -lt 1000 ]; do i=$((i+1)); echo "::progress $((i/10)) tick $i"; done; echo after; sleep 1' },
      { name: 'last', kind: 'delay', ms: 1 },
    ]);
    const p = await wf.start(workflow.id);
    const fine = wf.record(`process:${p.id}`);
    // Mid-run, the process row (what a snapshot shows) holds the last report: 1 step done + all of this one, of 3.
    await waitFor(() => wf.detail(p.id).process.percentage === 66.67, 'the last report in the process row');
    expect(wf.detail(p.id).process).toMatchObject({ status: 'running', currentStep: 'work' });
    const { process, output } = await wf.settled(p.id);
    expect(process).toMatchObject({ status: 'completed', percentage: 100 });
    expect(output.work).toBe('before\nafter\n');
    const reports = fine.filter((e) => e.type === 'progress_update').map((e) => e.payload as { content: string; percentage: number });
    const ticks = reports.filter((r) => r.content.startsWith('tick '));
    expect(ticks.map((r) => r.content)).toEqual(Array.from({ length: 1000 }, (_, i) => `tick ${i + 1}`));
    expect(ticks[0]!.percentage).toBe(33.33);
    expect(ticks[499]!.percentage).toBe(50);
    expect(ticks.at(-1)!.percentage).toBe(66.67);
  });

  it('fails a shell step with its exit code, fails the process and leaves later steps pending', async () => {
    const workflow = await wf.save('broken', [
      { name: 'ok', kind: 'shell', command: 'echo fine' },
      { name: 'bad', kind: 'shell', command: 'echo oops >&2; exit 3' },
      { name: 'never', kind: 'delay', ms: 1 },
    ]);
    const p = await wf.start(workflow.id);
    const coarse = wf.record(`workflow:${workflow.id}`);
    const fine = wf.record(`process:${p.id}`);
    const { process, output } = await wf.settled(p.id);
    expect(process).toMatchObject({ status: 'failed', percentage: 33, currentStep: 'bad', finishedAt: expect.any(String) });
    expect(process.steps.map((s) => [s.name, s.status, s.error])).toEqual([
      ['ok', 'completed', null],
      ['bad', 'failed', 'exit code 3'],
      ['never', 'pending', null],
    ]);
    expect(output.bad).toBe('oops\n');
    expect(fine.find((e) => e.type === 'step_failed')!.payload).toMatchObject({ step: 'bad', error: 'exit code 3', attempt: 1, willRetry: false });
    expect(coarse.map((e) => [e.type, (e.payload as { status?: string }).status])).toEqual([['workflow_completed', 'failed']]);
    // The queue job of the failed step was discarded after its one attempt, with that attempt's error.
    await core.queue.idle();
    expect(core.queue.job(2)).toMatchObject({ worker: 'workflows.step', state: 'discarded', errors: [expect.objectContaining({ error: 'exit code 3' })] });
  });

  it("honours a step's retry policy: attempts counted, each failure told, success on the third", async () => {
    const counter = join(scratch, 'count');
    const workflow = await wf.save('flaky', [
      { name: 'flaky', kind: 'shell', command: `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}; [ $n -ge 3 ] || exit 7`, retry: { maxAttempts: 3, backoffMs: 10 } },
    ]);
    const p = await wf.start(workflow.id);
    const fine = wf.record(`process:${p.id}`);
    const { process } = await wf.settled(p.id, 15_000);
    expect(process.status).toBe('completed');
    expect(process.steps[0]).toMatchObject({ status: 'completed', attempts: 3 });
    const failures = fine.filter((e) => e.type === 'step_failed').map((e) => e.payload);
    expect(failures).toEqual([
      expect.objectContaining({ attempt: 1, willRetry: true, error: 'exit code 7' }),
      expect.objectContaining({ attempt: 2, willRetry: true, error: 'exit code 7' }),
    ]);
    expect(fine.filter((e) => e.type === 'step_started').map((e) => (e.payload as { attempt: number }).attempt)).toEqual([1, 2, 3]);
  });

  it('gives up after the last attempt with that attempt\'s error', async () => {
    const workflow = await wf.save('hopeless', [{ name: 'x', kind: 'shell', command: 'exit 4', retry: { maxAttempts: 2, backoffMs: 10 } }]);
    const p = await wf.start(workflow.id);
    const { process } = await wf.settled(p.id, 15_000);
    expect(process.steps[0]).toMatchObject({ status: 'failed', attempts: 2, error: 'exit code 4' });
    expect(process.status).toBe('failed');
  });

  it('cancelling mid-shell kills the whole process group and skips the remaining steps', async () => {
    const pidFile = join(scratch, 'pid');
    const workflow = await wf.save('long', [
      { name: 'sleepy', kind: 'shell', command: `sleep 60 & echo $! > ${pidFile}; echo started; wait` },
      { name: 'after', kind: 'delay', ms: 1 },
    ]);
    const p = await wf.start(workflow.id);
    const coarse = wf.record(`workflow:${workflow.id}`);
    const pid = Number(await waitFor(() => { try { return readFileSync(pidFile, 'utf8').trim(); } catch { return undefined; } }, 'the sleep to start'));
    const group = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);
    groups.push(group);
    // The command leads a group of its own, so killing that group cannot reach the host.
    expect(group).not.toBe(ownGroup());
    const cancelled = await wf.cancel(p.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.steps.map((s) => s.status)).toEqual(['skipped', 'skipped']);
    expect(cancelled.steps[0]!.error).toBe('cancelled by the REST API');
    await waitFor(() => !groupExists(group), 'the process group to be gone');
    await core.queue.idle();
    expect(core.queue.job(1)).toMatchObject({ worker: 'workflows.step', args: { processId: p.id, step: 'sleepy' }, state: 'cancelled' });
    expect(wf.detail(p.id).process.status).toBe('cancelled');
    expect(coarse.map((e) => (e.payload as { status?: string }).status)).toEqual(['cancelled']);
    await expect(wf.cancel(p.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it("fails a step that outlives its timeout with the queue's words and ends its command's process group", async () => {
    const pidFile = join(scratch, 'slow');
    const workflow = await wf.save('slow', [{ name: 'slow', kind: 'shell', command: `echo $$ > ${pidFile}; sleep 30`, timeoutMs: 300 }]);
    const p = await wf.start(workflow.id);
    const group = Number(await waitFor(() => { try { return readFileSync(pidFile, 'utf8').trim(); } catch { return undefined; } }, 'the command to start'));
    groups.push(group);
    const { process } = await wf.settled(p.id);
    expect(process.steps[0]).toMatchObject({ status: 'failed', error: 'timed out after 300 ms' });
    await waitFor(() => !groupExists(group), 'the process group to be gone');
  });

  it('retrying a failed step runs it and the steps after it again, and only then', async () => {
    const flag = join(scratch, 'fixed');
    const workflow = await wf.save('fixable', [
      { name: 'first', kind: 'shell', command: 'echo one' },
      { name: 'check', kind: 'shell', command: `test -f ${flag} || { echo missing; exit 2; }` },
      { name: 'last', kind: 'shell', command: 'echo done' },
    ]);
    const p = await wf.start(workflow.id);
    const failed = await wf.settled(p.id);
    expect(failed.process.steps.map((s) => s.status)).toEqual(['completed', 'failed', 'pending']);
    await expect(wf.retryStep(p.id, 'first')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(wf.retryStep(p.id, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    writeFileSync(flag, '');
    const retried = await wf.retryStep(p.id, 'check');
    expect(retried).toMatchObject({ status: 'queued', currentStep: 'check', finishedAt: null });
    expect(retried.steps.map((s) => [s.status, s.error])).toEqual([['completed', null], ['pending', null], ['pending', null]]);
    const { process, output } = await wf.settled(p.id);
    expect(process.status).toBe('completed');
    expect(process.steps.map((s) => s.status)).toEqual(['completed', 'completed', 'completed']);
    expect(output).toEqual({ first: 'one\n', check: 'missing\n[switchboard] attempt 1 of 1\n', last: 'done\n' });
    await expect(wf.retryStep(p.id, 'check')).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

/**
 * What a process tells on its `process:<id>` topic as it runs, on a real core: each step's start publishes the
 * running process, each completion says what comes next (and the process row names it), the last says all steps
 * are done, a retry says where it resumes, and a step that only reports progress streams no empty output.
 */
import { afterEach, expect, it } from 'vitest';
import type { LogEvent, Process, TopicName, Workflow } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { waitFor } from '../../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const run = <T>(name: string, input: unknown) => core.run<T>(name, input, core.acme);
const processOf = (id: number) => core.workflows.process(core.acme, id)!;

/** Starts a workflow on a paused queue, records its process's topic, then lets it run. */
async function startRecorded(steps: unknown[]) {
  core = createTestCore();
  await run('queue.pause', { queue: 'workflows' });
  const workflow = await run<Workflow>('workflows.save', { name: 'w', steps });
  const started = await run<Process>('processes.start', { workflowId: workflow.id });
  const events: LogEvent[] = [];
  core.kernel.bus.subscribe(`process:${started.id}` as TopicName, (event) => void events.push(event));
  await run('queue.resume', { queue: 'workflows' });
  return { started, events };
}

/** Each event in a line: its type and what tells it apart. */
function summary(events: LogEvent[]) {
  return events.map((event) => {
    const p = event.payload as { step?: string; content?: string; percentage?: number; process?: Process };
    if (event.type === 'process_updated') return `process_updated ${p.process!.status} at ${p.process!.currentStep}`;
    if (event.type === 'progress_update') return `progress_update ${p.percentage}: ${p.content}`;
    return `${event.type} ${p.step}`;
  });
}

it('publishes the running process at each step start and says what comes next after each step', async () => {
  const { started, events } = await startRecorded([{ name: 'first', kind: 'delay', ms: 1 }, { name: 'second', kind: 'delay', ms: 1 }]);
  await waitFor(() => processOf(started.id).status === 'completed', 'the process to complete');
  expect(summary(events)).toEqual([
    'step_started first',
    'process_updated running at first',
    'step_completed first',
    'progress_update 50: first completed; next: second',
    'process_updated running at second',
    'step_started second',
    'process_updated running at second',
    'step_completed second',
    'progress_update 100: second completed; all 2 steps done',
    'process_updated completed at null',
  ]);
});

it('says which step a retry resumes from, at the percentage done before it', async () => {
  const { started, events } = await startRecorded([{ name: 'first', kind: 'delay', ms: 1 }, { name: 'second', kind: 'delay', ms: 60_000, timeoutMs: 10 }]);
  await waitFor(() => processOf(started.id).status === 'failed', 'the second step to time out');
  await run('queue.pause', { queue: 'workflows' });
  events.length = 0;
  await run('processes.retryStep', { id: started.id, step: 'second' });
  expect(summary(events)).toEqual(['progress_update 50: retrying from second', 'process_updated queued at second']);
});

it('streams no empty output for a step that only reports progress', async () => {
  const { started, events } = await startRecorded([{ name: 'quiet', kind: 'shell', command: 'echo "::progress 50 half way"' }]);
  await waitFor(() => processOf(started.id).status === 'completed', 'the step to complete');
  expect(summary(events).filter((line) => !line.startsWith('process_updated'))).toEqual([
    'step_started quiet',
    'progress_update 50: half way',
    'step_completed quiet',
    'progress_update 100: quiet completed; all 1 steps done',
  ]);
  expect(processOf(started.id).steps[0]!.outputLength).toBe(0);
});

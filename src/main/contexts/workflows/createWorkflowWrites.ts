/**
 * The workflows context's row changes and the events that tell about them, for use inside a kernel write. Every
 * change of a process is published whole on `process:<id>` (`process_updated`) and on `organization:<org>`
 * (`process_changed`), so the widget, the list and a reload never disagree; the finer events ride beside it.
 * @internal Used by the workflows context's commands and step runner.
 */
import type { ActorRef } from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import {
  organizationTopic,
  processTopic,
  resourceTopicOf,
  versionTopic,
  workflowTopic,
  type Process,
  type ProcessStatus,
  type StepDefinition,
  type Workflow,
} from '../../../shared/contract/workflows';
import type { StepProgress } from './steps/createProgressLines';
import type { StepState, WorkflowRows } from './workflowRows';

const now = () => new Date().toISOString();
const refName = (ref: ActorRef) => `${ref.kind}:${ref.id}`;

export interface WorkflowWrites {
  /** A new workflow, or a new version of the organization's workflow of that name. */
  save(emit: Emit, orgId: string, input: { name: string; steps: StepDefinition[] }): Workflow;
  /** A queued process with every step pending; returns its id (publish once its first step is enqueued). */
  createProcess(emit: Emit, orgId: string, by: ActorRef, workflow: Workflow, input: Record<string, unknown>, resourceKey: string | null): number;
  /** Records the queue job that runs `step` and makes it the process's current step. */
  queued(step: StepState, queueJobId: number): void;
  started(emit: Emit, step: StepState, attempt: number): void;
  /**
   * A running step's progress reports, each a `progress_update` whose percentage counts the step's fraction on top of
   * the steps done; the process row keeps the last, so a snapshot shows it.
   */
  progress(emit: Emit, step: StepState, reports: readonly StepProgress[]): void;
  /** Appends to the step's output at its current length; returns the new length. */
  append(emit: Emit, step: StepState, text: string): number;
  /** The step passed; returns the next pending step, or undefined once the process completed. */
  completed(emit: Emit, step: StepState, result: Record<string, unknown>): StepState | undefined;
  /** An attempt failed; on the last one the step and its process fail (later steps stay pending). */
  attemptFailed(emit: Emit, step: StepState, error: string, attempt: number, willRetry: boolean): void;
  /** Every unfinished step skipped (the running one with `note` as its error) and the process cancelled. */
  cancel(emit: Emit, process: Process, note: string): void;
  /** `step` and every later one pending again, the process queued. */
  reset(emit: Emit, step: StepState): void;
  /** Publishes the whole process on its topic and its organization's; returns it. */
  publish(emit: Emit, processId: number): Process;
}

export function createWorkflowWrites(db: Db, rows: WorkflowRows): WorkflowWrites {
  const insertWorkflow = db.prepare('INSERT INTO workflows (org_id, name, version, updated_at) VALUES (?, ?, 1, ?)');
  const bumpWorkflow = db.prepare('UPDATE workflows SET version = version + 1, updated_at = ? WHERE id = ?');
  const versionOf = db.prepare<[number], { version: number }>('SELECT version FROM workflows WHERE id = ?');
  const insertVersion = db.prepare('INSERT INTO workflow_versions (workflow_id, version, steps, created_at) VALUES (?, ?, ?, ?)');
  const insertProcess = db.prepare(
    "INSERT INTO workflow_processes (org_id, workflow_id, version, status, input, resource_key, started_by, created_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)",
  );
  const insertStep = db.prepare('INSERT INTO workflow_process_steps (process_id, position, name, kind, definition) VALUES (?, ?, ?, ?, ?)');
  const setQueued = db.prepare('UPDATE workflow_process_steps SET queue_job_id = ? WHERE process_id = ? AND position = ?');
  const setCurrent = db.prepare('UPDATE workflow_processes SET current_step = ? WHERE id = ?');
  const stepRunning = db.prepare(
    "UPDATE workflow_process_steps SET status = 'running', attempts = attempts + 1, started_at = COALESCE(started_at, ?) WHERE process_id = ? AND position = ?",
  );
  const processRunning = db.prepare(
    "UPDATE workflow_processes SET status = 'running', current_step = ?, started_at = COALESCE(started_at, ?) WHERE id = ?",
  );
  const insertChunk = db.prepare('INSERT INTO workflow_step_output (process_id, position, offset, text) VALUES (?, ?, ?, ?)');
  const growOutput = db.prepare('UPDATE workflow_process_steps SET output_length = ? WHERE process_id = ? AND position = ?');
  const outputLength = db.prepare<[number, number], { output_length: number }>(
    'SELECT output_length FROM workflow_process_steps WHERE process_id = ? AND position = ?',
  );
  const stepDone = db.prepare(
    'UPDATE workflow_process_steps SET status = ?, finished_at = ?, error = ?, result = ? WHERE process_id = ? AND position = ?',
  );
  const stepError = db.prepare('UPDATE workflow_process_steps SET error = ? WHERE process_id = ? AND position = ?');
  const processProgress = db.prepare('UPDATE workflow_processes SET percentage = ?, current_step = ? WHERE id = ?');
  const processPercentage = db.prepare("UPDATE workflow_processes SET percentage = ? WHERE id = ? AND status = 'running'");
  const processDone = db.prepare('UPDATE workflow_processes SET status = ?, finished_at = ? WHERE id = ?');
  const skipUnfinished = db.prepare(
    "UPDATE workflow_process_steps SET status = 'skipped', finished_at = CASE WHEN status = 'running' THEN ? ELSE finished_at END, error = CASE WHEN status = 'running' THEN ? ELSE error END WHERE process_id = ? AND status IN ('pending', 'running')",
  );
  const resetFrom = db.prepare(
    "UPDATE workflow_process_steps SET status = 'pending', attempts = 0, started_at = NULL, finished_at = NULL, error = NULL, result = NULL, queue_job_id = NULL WHERE process_id = ? AND position >= ?",
  );
  const requeue = db.prepare("UPDATE workflow_processes SET status = 'queued', finished_at = NULL, percentage = ?, current_step = ? WHERE id = ?");

  function percentage(processId: number): number {
    const steps = rows.steps(processId);
    return Math.round((steps.filter((s) => s.status === 'completed').length * 100) / steps.length);
  }

  function publish(emit: Emit, processId: number): Process {
    const process = rows.process(processId)!;
    const timestamp = now();
    emit(processTopic.build({ id: String(process.id) }), { type: 'process_updated', payload: { process, timestamp } });
    emit(organizationTopic.build({ org: process.orgId }), { type: 'process_changed', payload: { process, timestamp } });
    return process;
  }

  /** The coarse level: `workflow:<id>` and the process's resource, if it has one. */
  function coarse(emit: Emit, process: Process, status: ProcessStatus | null): void {
    const base = { processId: process.id, workflowId: process.workflowId, timestamp: now() };
    const topics: (ReturnType<typeof workflowTopic.build> | ReturnType<typeof resourceTopicOf>)[] = [workflowTopic.build({ id: String(process.workflowId) })];
    if (process.resourceKey !== null) topics.push(resourceTopicOf(process.orgId, process.resourceKey));
    for (const topic of topics) {
      if (status === null) emit(topic, { type: 'process_created', payload: base });
      else emit(topic, { type: 'workflow_completed', payload: { ...base, status } });
    }
  }

  function finish(emit: Emit, processId: number, status: ProcessStatus): void {
    processDone.run(status, now(), processId);
    coarse(emit, publish(emit, processId), status);
  }

  return {
    save(emit, orgId, input) {
      const at = now();
      const existing = rows.workflowByName(orgId, input.name);
      let id: number;
      if (existing) {
        id = existing.id;
        bumpWorkflow.run(at, id);
      } else {
        id = Number(insertWorkflow.run(orgId, input.name, at).lastInsertRowid);
      }
      insertVersion.run(id, versionOf.get(id)!.version, JSON.stringify(input.steps), at);
      const saved = rows.workflow(id)!;
      emit(organizationTopic.build({ org: orgId }), { type: 'workflow_saved', payload: { workflow: saved, timestamp: at } });
      emit(versionTopic.build({ workflow: String(id) }), { type: 'version_created', payload: { workflow: saved, timestamp: at } });
      return saved;
    },
    createProcess(emit, orgId, by, workflow, input, resourceKey) {
      const at = now();
      const id = Number(
        insertProcess.run(orgId, workflow.id, workflow.version, JSON.stringify(input), resourceKey, refName(by), at).lastInsertRowid,
      );
      workflow.steps.forEach((step, position) => insertStep.run(id, position, step.name, step.kind, JSON.stringify(step)));
      coarse(emit, rows.process(id)!, null);
      return id;
    },
    queued(step, queueJobId) {
      setQueued.run(queueJobId, step.processId, step.position);
      setCurrent.run(step.name, step.processId);
    },
    started(emit, step, attempt) {
      const at = now();
      stepRunning.run(at, step.processId, step.position);
      processRunning.run(step.name, at, step.processId);
      emit(processTopic.build({ id: String(step.processId) }), { type: 'step_started', payload: { step: step.name, attempt, timestamp: at } });
      publish(emit, step.processId);
    },
    progress(emit, step, reports) {
      const steps = rows.steps(step.processId);
      const done = steps.filter((s) => s.status === 'completed').length;
      const topic = processTopic.build({ id: String(step.processId) });
      const at = now();
      let pct = 0;
      for (const { percent, note } of reports) {
        // Two decimals: fine enough for a bar, and the same number in the event, the row and every window.
        pct = Math.round(((done + percent / 100) * 10_000) / steps.length) / 100;
        emit(topic, { type: 'progress_update', payload: { content: note ?? `${step.name} ${percent}%`, percentage: pct, timestamp: at } });
      }
      processPercentage.run(pct, step.processId);
    },
    append(emit, step, text) {
      const current = outputLength.get(step.processId, step.position)!.output_length;
      if (text.length === 0) return current;
      insertChunk.run(step.processId, step.position, current, text);
      growOutput.run(current + text.length, step.processId, step.position);
      emit(processTopic.build({ id: String(step.processId) }), { type: 'step_output', payload: { step: step.name, offset: current, text } });
      return current + text.length;
    },
    completed(emit, step, result) {
      const at = now();
      stepDone.run('completed', at, null, JSON.stringify(result), step.processId, step.position);
      const topic = processTopic.build({ id: String(step.processId) });
      emit(topic, { type: 'step_completed', payload: { step: step.name, result, timestamp: at } });
      const steps = rows.steps(step.processId);
      const next = steps.find((s) => s.position > step.position && s.status === 'pending');
      const pct = percentage(step.processId);
      processProgress.run(pct, next?.name ?? null, step.processId);
      const content = next ? `${step.name} completed; next: ${next.name}` : `${step.name} completed; all ${steps.length} steps done`;
      emit(topic, { type: 'progress_update', payload: { content, percentage: pct, timestamp: at } });
      if (next) publish(emit, step.processId);
      else finish(emit, step.processId, 'completed');
      return next;
    },
    attemptFailed(emit, step, error, attempt, willRetry) {
      const at = now();
      if (willRetry) stepError.run(error, step.processId, step.position);
      else stepDone.run('failed', at, error, null, step.processId, step.position);
      emit(processTopic.build({ id: String(step.processId) }), {
        type: 'step_failed',
        payload: { step: step.name, error, attempt, willRetry, timestamp: at },
      });
      if (willRetry) publish(emit, step.processId);
      else finish(emit, step.processId, 'failed');
    },
    cancel(emit, process, note) {
      skipUnfinished.run(now(), note, process.id);
      finish(emit, process.id, 'cancelled');
    },
    reset(emit, step) {
      resetFrom.run(step.processId, step.position);
      requeue.run(percentage(step.processId), step.name, step.processId);
      emit(processTopic.build({ id: String(step.processId) }), {
        type: 'progress_update',
        payload: { content: `retrying from ${step.name}`, percentage: percentage(step.processId), timestamp: now() },
      });
    },
    publish,
  };
}

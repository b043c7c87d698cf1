/**
 * Reads of the workflows tables. A process is read with its workflow's name and every step in order; lookups by id
 * are not scoped, so callers compare the row's organization with the actor's (and answer NOT_FOUND otherwise).
 * @internal Used by the workflows context only.
 */
import type { Db } from '../../kernel/db/openDatabase';
import {
  RECENT_PROCESSES_KEPT,
  type Process,
  type ProcessStep,
  type StepDefinition,
  type Workflow,
} from '../../../shared/contract/workflows';

interface WorkflowRow {
  id: number;
  org_id: string;
  name: string;
  version: number;
  steps: string;
  updated_at: string;
}

interface ProcessRow {
  id: number;
  org_id: string;
  workflow_id: number;
  workflow_name: string;
  version: number;
  status: Process['status'];
  percentage: number;
  current_step: string | null;
  input: string;
  resource_key: string | null;
  started_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

interface StepRow {
  process_id: number;
  position: number;
  name: string;
  kind: ProcessStep['kind'];
  definition: string;
  status: ProcessStep['status'];
  attempts: number;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  result: string | null;
  output_length: number;
  queue_job_id: number | null;
}

/** A step row as the runner needs it: its definition and queue job beside what the wire shows. */
export interface StepState extends ProcessStep {
  processId: number;
  position: number;
  definition: StepDefinition;
  queueJobId: number | null;
}

const toWorkflow = (r: WorkflowRow): Workflow => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  version: r.version,
  steps: JSON.parse(r.steps) as StepDefinition[],
  updatedAt: r.updated_at,
});

const toStep = (r: StepRow): StepState => ({
  processId: r.process_id,
  position: r.position,
  definition: JSON.parse(r.definition) as StepDefinition,
  queueJobId: r.queue_job_id,
  name: r.name,
  kind: r.kind,
  status: r.status,
  attempts: r.attempts,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  error: r.error,
  result: r.result === null ? null : (JSON.parse(r.result) as Record<string, unknown>),
  outputLength: r.output_length,
});

const wire = (s: StepState): ProcessStep => ({
  name: s.name,
  kind: s.kind,
  status: s.status,
  attempts: s.attempts,
  startedAt: s.startedAt,
  finishedAt: s.finishedAt,
  error: s.error,
  result: s.result,
  outputLength: s.outputLength,
});

export interface WorkflowRows {
  /** The latest version of a workflow, any organization. */
  workflow(id: number): Workflow | undefined;
  workflowByName(orgId: string, name: string): Workflow | undefined;
  workflows(orgId: string): Workflow[];
  process(id: number): Process | undefined;
  /** Unfinished processes first, then the most recent finished ones. */
  processes(orgId: string): Process[];
  latestProcess(workflowId: number): Process | undefined;
  steps(processId: number): StepState[];
  step(processId: number, name: string): StepState | undefined;
  /** Each step's output so far, by step name (steps without output are left out). */
  output(processId: number): Record<string, string>;
  /** The steps unfinished processes wait on (each with its queue job), every organization. */
  activeSteps(): StepState[];
}

export function createWorkflowRows(db: Db): WorkflowRows {
  const selectWorkflow = 'SELECT w.id, w.org_id, w.name, w.version, v.steps, w.updated_at FROM workflows w JOIN workflow_versions v ON v.workflow_id = w.id AND v.version = w.version';
  const workflowById = db.prepare<[number], WorkflowRow>(`${selectWorkflow} WHERE w.id = ?`);
  const workflowByName = db.prepare<[string, string], WorkflowRow>(`${selectWorkflow} WHERE w.org_id = ? AND w.name = ?`);
  const workflowsOfOrg = db.prepare<[string], WorkflowRow>(`${selectWorkflow} WHERE w.org_id = ? ORDER BY w.name COLLATE NOCASE, w.id`);
  const selectProcess = 'SELECT p.*, w.name AS workflow_name FROM workflow_processes p JOIN workflows w ON w.id = p.workflow_id';
  const processById = db.prepare<[number], ProcessRow>(`${selectProcess} WHERE p.id = ?`);
  const unfinished = db.prepare<[string], ProcessRow>(`${selectProcess} WHERE p.org_id = ? AND p.status IN ('queued', 'running') ORDER BY p.id DESC`);
  const finished = db.prepare<[string, number], ProcessRow>(
    `${selectProcess} WHERE p.org_id = ? AND p.status NOT IN ('queued', 'running') ORDER BY p.id DESC LIMIT ?`,
  );
  const latestOfWorkflow = db.prepare<[number], ProcessRow>(`${selectProcess} WHERE p.workflow_id = ? ORDER BY p.id DESC LIMIT 1`);
  const stepsOf = db.prepare<[number], StepRow>('SELECT * FROM workflow_process_steps WHERE process_id = ? ORDER BY position');
  const stepByName = db.prepare<[number, string], StepRow>('SELECT * FROM workflow_process_steps WHERE process_id = ? AND name = ?');
  const chunks = db.prepare<[number], { name: string; text: string }>(
    `SELECT s.name, o.text FROM workflow_step_output o JOIN workflow_process_steps s ON s.process_id = o.process_id AND s.position = o.position
     WHERE o.process_id = ? ORDER BY o.position, o.offset`,
  );

  const active = db.prepare<[], StepRow>(
    `SELECT s.* FROM workflow_process_steps s JOIN workflow_processes p ON p.id = s.process_id
     WHERE p.status IN ('queued', 'running') AND s.status IN ('pending', 'running') AND s.queue_job_id IS NOT NULL`,
  );

  const steps = (processId: number) => stepsOf.all(processId).map(toStep);
  const toProcess = (r: ProcessRow): Process => ({
    id: r.id,
    orgId: r.org_id,
    workflowId: r.workflow_id,
    workflowName: r.workflow_name,
    version: r.version,
    status: r.status,
    percentage: r.percentage,
    currentStep: r.current_step,
    input: JSON.parse(r.input) as Record<string, unknown>,
    resourceKey: r.resource_key,
    startedBy: r.started_by,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    steps: steps(r.id).map(wire),
  });
  const maybe = <R, T>(row: R | undefined, map: (r: R) => T) => (row === undefined ? undefined : map(row));

  return {
    workflow: (id) => maybe(workflowById.get(id), toWorkflow),
    workflowByName: (orgId, name) => maybe(workflowByName.get(orgId, name), toWorkflow),
    workflows: (orgId) => workflowsOfOrg.all(orgId).map(toWorkflow),
    process: (id) => maybe(processById.get(id), toProcess),
    processes: (orgId) => [...unfinished.all(orgId), ...finished.all(orgId, RECENT_PROCESSES_KEPT)].map(toProcess),
    latestProcess: (workflowId) => maybe(latestOfWorkflow.get(workflowId), toProcess),
    steps,
    step: (processId, name) => maybe(stepByName.get(processId, name), toStep),
    activeSteps: () => active.all().map(toStep),
    output(processId) {
      const out: Record<string, string> = {};
      for (const { name, text } of chunks.all(processId)) out[name] = (out[name] ?? '') + text;
      return out;
    },
  };
}

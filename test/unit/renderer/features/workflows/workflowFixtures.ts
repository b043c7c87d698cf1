/** Processes, steps and events for the workflows feature's tests. */
import type { Process, ProcessEvent, ProcessStep } from '../../../../../src/shared/contract/workflows';

export const t0 = Date.parse('2026-11-27T10:00:00.000Z');
export const at = (ms: number) => new Date(t0 + ms).toISOString();

export function step(name: string, over: Partial<ProcessStep> = {}): ProcessStep {
  return { name, kind: 'delay', status: 'pending', attempts: 0, startedAt: null, finishedAt: null, error: null, result: null, outputLength: 0, ...over };
}

export function process(over: Partial<Process> = {}): Process {
  return {
    id: 7,
    orgId: 'acme',
    workflowId: 3,
    workflowName: 'deploy',
    version: 2,
    status: 'running',
    percentage: 0,
    currentStep: null,
    input: {},
    resourceKey: null,
    startedBy: 'bob',
    createdAt: at(0),
    startedAt: at(0),
    finishedAt: null,
    steps: [step('fetch'), step('build', { kind: 'shell' }), step('ship', { kind: 'http' })],
    ...over,
  };
}

export const started = (name: string, ms: number, attempt = 1): ProcessEvent => ({ type: 'step_started', payload: { step: name, attempt, timestamp: at(ms) } });
export const completed = (name: string, ms: number, result: Record<string, unknown> = {}): ProcessEvent => ({ type: 'step_completed', payload: { step: name, result, timestamp: at(ms) } });
export const failed = (name: string, ms: number, error: string, willRetry = false, attempt = 1): ProcessEvent => ({
  type: 'step_failed',
  payload: { step: name, error, attempt, willRetry, timestamp: at(ms) },
});
export const progress = (percentage: number, ms: number, content = `at ${percentage}%`): ProcessEvent => ({ type: 'progress_update', payload: { content, percentage, timestamp: at(ms) } });
export const output = (name: string, offset: number, text: string): ProcessEvent => ({ type: 'step_output', payload: { step: name, offset, text } });
export const updated = (p: Process, ms: number): ProcessEvent => ({ type: 'process_updated', payload: { process: p, timestamp: at(ms) } });

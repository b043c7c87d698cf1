/**
 * Drives the workflows context of a test core as windows and the REST API do (through the registry), records every
 * event of a process's topics, and waits for processes to settle.
 */
import type { Actor } from '../../../src/main/kernel/actor';
import type { LogEvent, Process, ProcessDetail, StepDefinition, TopicName, Workflow } from '../../../src/shared/contract';
import type { TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';

export type StepInput = Partial<StepDefinition> & Pick<StepDefinition, 'name' | 'kind'> & Record<string, unknown>;

export function workflowHarness(core: Pick<TestCore, 'kernel'>, actor: () => Actor) {
  const { registry, bus } = core.kernel;
  const stops: (() => void)[] = [];
  return {
    save: async (name: string, steps: StepInput[]) => (await registry.run('workflows.save', { name, steps }, { actor: actor() })) as Workflow,
    start: async (workflowId: number, extra: { input?: Record<string, unknown>; resourceKey?: string } = {}) =>
      (await registry.run('processes.start', { workflowId, ...extra }, { actor: actor() })) as Process,
    cancel: async (id: number) => (await registry.run('processes.cancel', { id }, { actor: actor() })) as Process,
    retryStep: async (id: number, step: string) => (await registry.run('processes.retryStep', { id, step }, { actor: actor() })) as Process,
    detail: (id: number) => registry.load('processes.detail', { id }, actor()).data as ProcessDetail,
    /** Every event published on `topic` from now on. */
    record(topic: string): LogEvent[] {
      const seen: LogEvent[] = [];
      stops.push(bus.subscribe(topic as TopicName, (event) => seen.push(event)));
      return seen;
    },
    /** Waits until the process is no longer queued or running. */
    async settled(id: number, timeoutMs = 10_000): Promise<ProcessDetail> {
      return waitFor(() => {
        const detail = registry.load('processes.detail', { id }, actor()).data as ProcessDetail;
        return !['queued', 'running'].includes(detail.process.status) && detail;
      }, `process ${id} to finish`, timeoutMs);
    },
    stop: () => stops.splice(0).forEach((stop) => stop()),
  };
}

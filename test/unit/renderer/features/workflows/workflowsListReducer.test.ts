/** The Workflows list reducer: newest version wins, processes unfinished first then newest, bounded; the forms' JSON checks. */
import { describe, expect, it } from 'vitest';
import { RECENT_PROCESSES_KEPT, type Workflow } from '../../../../../src/shared/contract';
import { saveWorkflowForm, startProcessForm } from '../../../../../src/renderer/src/features/workflows/workflowForms';
import { applyOrganizationEvent, workflowsListReducer } from '../../../../../src/renderer/src/features/workflows/workflowsListReducer';
import { wire } from '../runs/runFixtures';
import { at, process } from './workflowFixtures';

const topic = 'organization:acme';
const workflow = (id: number, name: string, version = 1): Workflow => ({ id, orgId: 'acme', name, version, steps: [{ name: 'wait', kind: 'delay', ms: 1 }], updatedAt: at(0) });

describe('workflows list reducer', () => {
  it('keeps the newest version of each workflow, by name', () => {
    let list = workflowsListReducer.init({ workflows: [workflow(2, 'zeta'), workflow(1, 'alpha')], processes: [] });
    expect(list.workflows.map((w) => w.name)).toEqual(['alpha', 'zeta']);
    list = applyOrganizationEvent(list, wire(topic, 'workflow_saved', { workflow: workflow(1, 'alpha', 2), timestamp: at(1) }));
    list = applyOrganizationEvent(list, wire(topic, 'workflow_saved', { workflow: workflow(1, 'alpha', 1), timestamp: at(2) }));
    list = applyOrganizationEvent(list, wire(topic, 'workflow_saved', { workflow: workflow(3, 'mid'), timestamp: at(3) }));
    expect(list.workflows.map((w) => [w.name, w.version])).toEqual([
      ['alpha', 2],
      ['mid', 1],
      ['zeta', 1],
    ]);
  });

  it('orders processes unfinished first, then newest, each once, and bounds finished ones', () => {
    let list = workflowsListReducer.init({ workflows: [], processes: [] });
    for (let id = 1; id <= RECENT_PROCESSES_KEPT + 5; id++) list = applyOrganizationEvent(list, wire(topic, 'process_changed', { process: process({ id, status: 'completed' }), timestamp: at(id) }));
    list = applyOrganizationEvent(list, wire(topic, 'process_changed', { process: process({ id: 200, status: 'running' }), timestamp: at(300) }));
    list = applyOrganizationEvent(list, wire(topic, 'process_changed', { process: process({ id: 200, status: 'running', percentage: 50 }), timestamp: at(301) }));
    expect(list.processes[0]).toMatchObject({ id: 200, percentage: 50 });
    expect(list.processes.filter((p) => p.id === 200)).toHaveLength(1);
    expect(list.processes).toHaveLength(RECENT_PROCESSES_KEPT + 1);
    expect(list.processes[1]?.id).toBe(RECENT_PROCESSES_KEPT + 5);
  });
});

describe('workflow forms', () => {
  it('checks the steps JSON against the contract, naming the step', () => {
    expect(saveWorkflowForm.safeParse({ name: 'x', steps: '[' }).error?.issues[0]?.message).toMatch(/^Steps must be JSON/);
    expect(saveWorkflowForm.safeParse({ name: 'x', steps: '[{"name":"a","kind":"shell"}]' }).error?.issues[0]?.message).toMatch(/^step 1/);
    expect(saveWorkflowForm.safeParse({ name: 'x', steps: '[{"name":"a","kind":"teleport"}]' }).error?.issues[0]?.message).toContain('kind must be delay, shell, http or build');
    expect(saveWorkflowForm.parse({ name: ' x ', steps: '[{"name":"a","kind":"delay","ms":5}]' })).toEqual({ name: 'x', steps: [{ name: 'a', kind: 'delay', ms: 5 }] });
  });

  it('takes an optional JSON object as input', () => {
    expect(startProcessForm.parse({ workflowId: '3', input: '', resourceKey: '' })).toEqual({ workflowId: 3, input: undefined, resourceKey: undefined });
    expect(startProcessForm.parse({ workflowId: '3', input: '{"a":1}', resourceKey: 'r-1' })).toEqual({ workflowId: 3, input: { a: 1 }, resourceKey: 'r-1' });
    expect(startProcessForm.safeParse({ workflowId: '3', input: '[1]', resourceKey: '' }).error?.issues[0]?.message).toContain('Input must be a JSON object');
    expect(startProcessForm.safeParse({ workflowId: '', input: '', resourceKey: '' }).error?.issues[0]?.message).toBe('Pick a workflow');
  });
});

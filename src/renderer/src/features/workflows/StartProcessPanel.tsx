/**
 * Start a process of a workflow: which workflow, its input as a JSON object (optional) and a resource key
 * (optional: the coarse `resource:` topic it is announced on). On success the panel closes and the window opens
 * the new process's page.
 */
import type { Workflow } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { useCanWrite } from '../connection';
import { startProcessForm } from './workflowForms';
import { processRoute } from './workflowsRoutes';
import { workflowsStore } from './workflowsStore';

export function StartProcessPanel({ workflows, workflowId, onClose }: { workflows: readonly Workflow[]; workflowId: number | undefined; onClose(): void }) {
  const tryStart = useStore(workflowsStore, (s) => s.tryStart);
  const { reason } = useCanWrite();
  const form = useZodForm(startProcessForm, { workflowId: workflowId === undefined ? '' : String(workflowId), input: '', resourceKey: '' });
  const submit = form.submit(async (input) => {
    const result = await tryStart(input);
    if (result.ok) {
      onClose();
      location.hash = processRoute.href({ processId: result.value.id });
    }
    return result;
  });
  return (
    <FormPanel open title="Start process" onClose={onClose} onSubmit={submit} submitLabel="Start" submitBlocked={reason} busy={form.busy} formError={form.formError} testId="start-process">
      <Field label="Workflow" error={form.fieldError('workflowId')} testId="start-workflow">
        {(control) => (
          <select {...control} name="workflowId" value={form.values.workflowId} onChange={(e) => form.set('workflowId', e.target.value)} data-testid="start-workflow">
            <option value="">Pick a workflow</option>
            {workflows.map((w) => (
              <option key={w.id} value={String(w.id)}>
                {w.name} (v{w.version}, {w.steps.length} steps)
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Input (JSON)" error={form.fieldError('input')} testId="start-input" hint="Optional, an object, e.g. {&quot;env&quot;: &quot;staging&quot;}.">
        {(control) => <textarea {...control} {...form.text('input')} className="wf-json-input" rows={5} spellCheck={false} placeholder="{}" data-testid="start-input" />}
      </Field>
      <Field label="Resource key" error={form.fieldError('resourceKey')} testId="start-resource" hint="Optional: announce the process on resource:<key>." {...form.text('resourceKey')} />
    </FormPanel>
  );
}

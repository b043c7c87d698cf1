/**
 * Save a workflow: a name and its steps as JSON, checked against the contract's step schemas as you type (a bad
 * kind or field named beside the steps box), the server's message beside the field it concerns. Saving a name that
 * exists makes its next version. Mounted only while open, so each opening starts from the example.
 */
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { useCanWrite } from '../connection';
import { exampleSteps, saveWorkflowForm } from './workflowForms';
import { workflowsStore } from './workflowsStore';

export function SaveWorkflowPanel({ onClose, initial }: { onClose(): void; initial?: { name: string; steps: string } }) {
  const trySave = useStore(workflowsStore, (s) => s.trySave);
  const { reason } = useCanWrite();
  const form = useZodForm(saveWorkflowForm, initial ?? { name: '', steps: exampleSteps });
  const submit = form.submit(async ({ name, steps }) => {
    const result = await trySave({ name, steps: steps! });
    if (result.ok) onClose();
    return result;
  });
  return (
    <FormPanel open title="Save workflow" onClose={onClose} onSubmit={submit} submitLabel="Save" submitBlocked={reason} busy={form.busy} formError={form.formError} testId="save-workflow">
      <Field label="Name" error={form.fieldError('name')} testId="workflow-name" placeholder="deploy" hint="An existing name gets a new version." {...form.text('name')} />
      <Field label="Steps (JSON)" error={form.fieldError('steps')} testId="workflow-steps" hint="A list of {name, kind: delay | shell | http | build, …}; each runs in order.">
        {(control) => <textarea {...control} {...form.text('steps')} className="wf-json-input" rows={14} spellCheck={false} data-testid="workflow-steps" />}
      </Field>
    </FormPanel>
  );
}

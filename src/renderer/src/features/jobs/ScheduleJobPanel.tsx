/**
 * The Schedule job panel: name and command checked against the contract's `scheduleJobInput` as you type, the
 * server's message beside the field it concerns, and on success a toast linking to the job, the panel closed and
 * the form cleared. The command takes several lines; the agent runs it with `sh`.
 */
import { scheduleJobInput } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { queueStore } from './queueStore';

export function ScheduleJobPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const trySchedule = useStore(queueStore, (s) => s.trySchedule);
  const form = useZodForm(scheduleJobInput, { name: '', command: '' });
  const submit = form.submit(async (input) => {
    const result = await trySchedule(input);
    if (result.ok) {
      form.reset();
      onClose();
    }
    return result;
  });
  return (
    <FormPanel open={open} title="Schedule job" onClose={onClose} onSubmit={submit} submitLabel="Schedule" busy={form.busy} formError={form.formError} testId="schedule-job">
      <Field label="Name" error={form.fieldError('name')} testId="job-name" placeholder="unit-tests" {...form.text('name')} />
      <Field label="Command" error={form.fieldError('command')} testId="job-command" hint="Run with sh on the agent that takes the job; several lines are fine.">
        {(control) => <textarea {...control} {...form.text('command')} className="build-command-input" rows={5} spellCheck={false} placeholder="npm test" data-testid="job-command" />}
      </Field>
    </FormPanel>
  );
}

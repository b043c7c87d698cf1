/**
 * Registers an agent from the shared side panel, over the contract's `registerAgentInput`: fields validated as
 * you type, the server's message (a taken hostname) beside its field, and on success the panel closes (the store
 * toasts). Mounted only while open, so every opening starts from an empty form.
 */
import { registerAgentInput } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { useCanWrite } from '../connection';
import { agentsStore } from './agentsStore';

export function RegisterAgentPanel({ onClose }: { onClose(): void }) {
  const tryRegister = useStore(agentsStore, (s) => s.tryRegister);
  const { reason } = useCanWrite();
  const form = useZodForm(registerAgentInput, { hostname: '', os: '' });
  const submit = form.submit(async ({ hostname, os }) => {
    const result = await tryRegister({ hostname, os: os || undefined });
    if (result.ok) onClose();
    return result;
  });

  return (
    <FormPanel
      open
      title="Register agent"
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Register"
      submitBlocked={reason}
      busy={form.busy}
      formError={form.formError}
      testId="register-agent-panel"
    >
      {/* The test ids predate the panel (register-hostname, hostname-error): the inputs carry their own. */}
      <Field label="Hostname" error={form.fieldError('hostname')} testId="hostname">
        {(control) => <input {...control} {...form.text('hostname')} data-testid="register-hostname" placeholder="build-01.example.com" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="OS" hint="Optional, e.g. linux" error={form.fieldError('os')} testId="os">
        {(control) => <input {...control} {...form.text('os')} data-testid="register-os" placeholder="linux" autoComplete="off" spellCheck={false} />}
      </Field>
    </FormPanel>
  );
}

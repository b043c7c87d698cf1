/**
 * The "New campaign" side panel: name, marketer (one of the user's) and target size, validated as typed with the
 * contract's rules; the server's message shows beside its field. On success the panel closes; the campaign appears
 * in its marketer's section as a draft, ready to launch.
 */
import type { Marketer } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { useCanWrite } from '../connection';
import { newCampaignForm } from './campaignForm';
import { marketersStore } from './marketersStore';

export function NewCampaignPanel({ marketers, onClose }: { marketers: readonly Marketer[]; onClose(): void }) {
  const tryCreate = useStore(marketersStore, (s) => s.tryCreate);
  const { reason } = useCanWrite();
  const form = useZodForm(newCampaignForm, { name: '', marketer: marketers.length === 1 ? marketers[0]!.id : '', targetSize: '' });
  const submit = form.submit(async (input) => {
    const result = await tryCreate(input);
    if (result.ok) onClose();
    return result;
  });
  return (
    <FormPanel open title="New campaign" onClose={onClose} onSubmit={submit} submitLabel="Create" submitBlocked={reason} busy={form.busy} formError={form.formError} testId="new-campaign">
      <Field label="Name" error={form.fieldError('name')} testId="new-campaign-name" autoComplete="off" {...form.text('name')} />
      <Field label="Marketer" error={form.fieldError('marketer')} testId="new-campaign-marketer">
        {(control) => (
          <select {...control} name="marketer" value={form.values.marketer} onChange={(e) => form.set('marketer', e.target.value)} data-testid="new-campaign-marketer">
            <option value="">Pick a marketer</option>
            {marketers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Target size" error={form.fieldError('targetSize')} testId="new-campaign-target" hint="Members of the audience: one pending offer each." inputMode="numeric" {...form.text('targetSize')} />
    </FormPanel>
  );
}

/**
 * Add a source: a name, the register's URL and its format, checked against the contract's own schema as you type,
 * the server's message beside the field it concerns. Mounted only while open, so each opening starts empty.
 */
import { addSourceInput, sourceFormats } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { Field } from '../../ui/form/Field';
import { FormPanel } from '../../ui/form/FormPanel';
import { useZodForm } from '../../ui/form/useZodForm';
import { useCanWrite } from '../connection';
import { scrapesStore } from './scrapesStore';

export function AddSourcePanel({ onClose }: { onClose(): void }) {
  const tryAddSource = useStore(scrapesStore, (s) => s.tryAddSource);
  const { reason } = useCanWrite();
  const form = useZodForm(addSourceInput, { name: '', url: '', format: 'html-table' });
  const submit = form.submit(async (input) => {
    const result = await tryAddSource(input);
    if (result.ok) onClose();
    return result;
  });
  return (
    <FormPanel open title="Add source" onClose={onClose} onSubmit={submit} submitLabel="Add source" submitBlocked={reason} busy={form.busy} formError={form.formError} testId="add-source">
      <Field label="Name" error={form.fieldError('name')} testId="source-name" placeholder="HSE enforcement register" {...form.text('name')} />
      <Field label="URL" error={form.fieldError('url')} testId="source-url" placeholder="https://example.org/register?page=1" hint="The register's first page (http or https)." {...form.text('url')} />
      <Field label="Format" error={form.fieldError('format')} testId="source-format" hint="Each page holds a table whose header names its columns; the next page is its “Next” link.">
        {(control) => (
          <select
            {...control}
            name="format"
            value={form.values.format}
            data-testid="source-format"
            onChange={(event) => {
              const format = sourceFormats.find((f) => f === event.target.value);
              if (format) form.set('format', format);
            }}
          >
            {sourceFormats.map((format) => (
              <option key={format} value={format}>
                HTML table
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormPanel>
  );
}

/**
 * Schedules a job. Name and command are checked against the contract's `scheduleJobInput` as you type; the
 * server's INVALID_INPUT field messages are shown beside their fields. Success toasts and clears the form.
 */
import { useRef, useState, type FormEvent } from 'react';
import { scheduleJobInput, type SwitchboardError } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { queueStore } from './queueStore';

type Field = 'name' | 'command';
type FieldErrors = Partial<Record<Field, string>>;

/** The first message per field for the input as typed. */
function validate(input: Record<Field, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of scheduleJobInput.safeParse(input).error?.issues ?? []) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'command') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** The server's message for each field, or for the name field when it names none (so it is still beside the form). */
function serverErrors(error: SwitchboardError): FieldErrors {
  const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
  if (error.code === 'INVALID_INPUT' && (fields.name || fields.command)) return { name: fields.name, command: fields.command };
  return { name: `Could not schedule: ${error.message}` };
}

export function ScheduleJobForm() {
  const trySchedule = useStore(queueStore, (s) => s.trySchedule);
  const [input, setInput] = useState<Record<Field, string>>({ name: '', command: '' });
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [server, setServer] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = { name: useRef<HTMLInputElement>(null), command: useRef<HTMLInputElement>(null) };

  const local = validate(input);
  const errorOf = (field: Field) => server[field] ?? (touched[field] ? local[field] : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTouched({ name: true, command: true });
    const parsed = scheduleJobInput.safeParse(input);
    if (!parsed.success) {
      refs[validate(input).name ? 'name' : 'command'].current?.focus();
      return;
    }
    setBusy(true);
    const result = await trySchedule(parsed.data);
    setBusy(false);
    if (result.ok) {
      setInput({ name: '', command: '' });
      setTouched({});
      setServer({});
      refs.name.current?.focus();
    } else {
      const errors = serverErrors(result.error);
      setServer(errors);
      refs[errors.name ? 'name' : 'command'].current?.focus();
    }
  }

  const field = (name: Field, label: string, placeholder: string) => {
    const error = errorOf(name);
    return (
      <div className={`field field-${name}`}>
        <label htmlFor={`job-${name}`}>{label}</label>
        <input
          id={`job-${name}`}
          ref={refs[name]}
          data-testid={`job-${name}`}
          value={input[name]}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={`job-${name}-error`}
          onChange={(e) => {
            const value = e.target.value;
            setInput((current) => ({ ...current, [name]: value }));
            setTouched((t) => ({ ...t, [name]: true }));
            setServer((s) => ({ ...s, [name]: undefined }));
          }}
        />
        <span id={`job-${name}-error`} className="field-error" data-testid={`job-${name}-error`} aria-live="polite" hidden={!error}>
          {error ?? ''}
        </span>
      </div>
    );
  };

  return (
    <form className="register-form schedule-form" aria-label="Schedule job" onSubmit={submit} noValidate>
      {field('name', 'Name', 'unit-tests')}
      {field('command', 'Command', 'npm test')}
      <WriteButton type="submit" className="button button-primary" aria-busy={busy || undefined} disabled={busy}>
        Schedule job
      </WriteButton>
    </form>
  );
}

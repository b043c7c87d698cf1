// @vitest-environment happy-dom
/**
 * A form panel over useZodForm, rendered: focus moves in on open and back to the opener on close (Escape), errors
 * show beside their fields as you type and on submit, and a failed write's message lands beside its field.
 */
import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ConflictError, hostnameSchema, type Result } from '../../../../../src/shared/contract';
import { Field } from '../../../../../src/renderer/src/ui/form/Field';
import { FormPanel } from '../../../../../src/renderer/src/ui/form/FormPanel';
import { useZodForm, type SubmitOutcome } from '../../../../../src/renderer/src/ui/form/useZodForm';
import { fire, focus, key, renderRoot, type, type Rendered } from '../renderRoot';

const schema = z.object({ hostname: hostnameSchema, os: z.string().trim().max(8, 'os is at most 8 characters') });
type Input = z.output<typeof schema>;

function RegisterPanel({ onSubmit }: { onSubmit(input: Input): Promise<SubmitOutcome> }) {
  const [open, setOpen] = useState(false);
  const form = useZodForm(schema, { hostname: '', os: '' });
  return (
    <>
      <button type="button" data-testid="open" onClick={() => setOpen(true)}>
        Register agent
      </button>
      <FormPanel open={open} title="Register agent" onClose={() => setOpen(false)} onSubmit={form.submit(onSubmit)} submitLabel="Register" busy={form.busy} formError={form.formError} testId="register">
        <Field label="Hostname" error={form.fieldError('hostname')} testId="hostname" {...form.text('hostname')} />
        <Field label="OS" error={form.fieldError('os')} testId="os" {...form.text('os')} />
      </FormPanel>
    </>
  );
}

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
const input = (id: string) => byTestId<HTMLInputElement>(id)!;
const submit = () => fire(document.querySelector('form')!, new Event('submit', { bubbles: true, cancelable: true }));

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function openPanel(onSubmit = vi.fn(async (): Promise<SubmitOutcome> => undefined)) {
  view = renderRoot(<RegisterPanel onSubmit={onSubmit} />);
  const opener = byTestId('open')!;
  focus(opener);
  fire(opener, new MouseEvent('click', { bubbles: true }));
  return { opener, onSubmit };
}

describe('FormPanel', () => {
  it('is a labelled modal dialog that takes focus on open and gives it back on Escape', () => {
    const { opener } = openPanel();
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Register agent');
    expect(document.activeElement).toBe(input('hostname'));
    key(document.activeElement!, 'Escape');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes from its close button too, returning focus', () => {
    const { opener } = openPanel();
    fire(document.querySelector('[aria-label="Close Register agent"]')!, new MouseEvent('click', { bubbles: true }));
    expect(byTestId('register')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('useZodForm in a panel', () => {
  it('validates a touched field as you type, with aria-invalid and the message beside it', () => {
    openPanel();
    type(input('hostname'), 'bad host!');
    expect(input('hostname').getAttribute('aria-invalid')).toBe('true');
    const message = byTestId('hostname-error')!;
    expect(message.textContent).toBe('hostname may contain letters, digits, hyphens and dots only');
    expect(input('hostname').getAttribute('aria-describedby')).toBe(message.id);
    expect(message.getAttribute('aria-live')).toBe('polite');
    // The untouched field shows nothing yet.
    expect(byTestId('os-error')!.textContent).toBe('');
  });

  it('on submit shows every error and focuses the first invalid field, sending nothing', () => {
    const { onSubmit } = openPanel();
    type(input('os'), 'much-too-long-os');
    focus(input('os'));
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(byTestId('hostname-error')!.textContent).toBe('hostname is required');
    expect(document.activeElement).toBe(input('hostname'));
  });

  it('sends the parsed input, busy until the write settles', async () => {
    let settle: (outcome: Result<unknown>) => void = () => undefined;
    const { onSubmit } = openPanel(vi.fn(() => new Promise<SubmitOutcome>((resolve) => (settle = resolve))));
    type(input('hostname'), ' build-01 ');
    submit();
    expect(onSubmit).toHaveBeenCalledWith({ hostname: 'build-01', os: '' });
    expect(byTestId('register-submit')!.getAttribute('aria-busy')).toBe('true');
    submit();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => settle({ ok: true, value: null }));
    expect(byTestId('register-submit')!.getAttribute('aria-busy')).toBeNull();
  });

  it("shows the server's message beside its field, focused, until the field is edited", async () => {
    const conflict = new ConflictError('An agent named build-01 is already registered', { fields: { hostname: 'already registered' } });
    openPanel(vi.fn(async (): Promise<SubmitOutcome> => ({ ok: false, error: conflict })));
    type(input('hostname'), 'build-01');
    focus(input('os'));
    await act(async () => submit());
    expect(byTestId('hostname-error')!.textContent).toBe('An agent named build-01 is already registered');
    expect(document.activeElement).toBe(input('hostname'));
    expect(byTestId('register-error')!.textContent).toBe('');
    type(input('hostname'), 'build-02');
    expect(byTestId('hostname-error')!.textContent).toBe('');
  });

  it('puts a failure that names no field above the form', async () => {
    openPanel(vi.fn(async (): Promise<SubmitOutcome> => {
      throw new Error('socket closed');
    }));
    type(input('hostname'), 'build-01');
    await act(async () => submit());
    expect(byTestId('register-error')!.textContent).toBe('socket closed');
    expect(byTestId('register-error')!.getAttribute('role')).toBe('alert');
  });
});

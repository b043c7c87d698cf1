/**
 * Registers an agent. The hostname is checked against the contract's schema as you type; the server's answer
 * (INVALID_INPUT field messages, CONFLICT) is shown beside the field it concerns. Success clears the form.
 */
import { useRef, useState, type FormEvent } from 'react';
import { hostnameSchema, type SwitchboardError } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { agentsStore } from './agentsStore';

const validate = (hostname: string) => hostnameSchema.safeParse(hostname).error?.issues[0]?.message ?? null;

/** The message for each field from a failed register, or for the form as a whole when no field is named. */
function serverErrors(error: SwitchboardError): { hostname?: string; os?: string } {
  const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
  if (error.code === 'INVALID_INPUT' && (fields.hostname || fields.os)) return { hostname: fields.hostname, os: fields.os };
  // CONFLICT's own message names the taken hostname, which says more than its field note.
  return { hostname: error.code === 'CONFLICT' ? error.message : `Could not register: ${error.message}` };
}

export function RegisterAgentForm() {
  const tryRegister = useStore(agentsStore, (s) => s.tryRegister);
  const [hostname, setHostname] = useState('');
  const [os, setOs] = useState('');
  const [touched, setTouched] = useState(false);
  const [server, setServer] = useState<{ hostname?: string | undefined; os?: string | undefined }>({});
  const [busy, setBusy] = useState(false);
  const hostnameRef = useRef<HTMLInputElement>(null);

  const hostnameError = server.hostname ?? (touched ? validate(hostname) : null);
  const osError = server.os ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTouched(true);
    const parsed = hostnameSchema.safeParse(hostname);
    if (!parsed.success) {
      hostnameRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await tryRegister({ hostname: parsed.data, os: os.trim() || undefined });
    setBusy(false);
    if (result.ok) {
      setHostname('');
      setOs('');
      setTouched(false);
      setServer({});
    } else {
      setServer(serverErrors(result.error));
      hostnameRef.current?.focus();
    }
  }

  return (
    <form className="register-form" aria-label="Register agent" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="register-hostname">Hostname</label>
        <input
          id="register-hostname"
          ref={hostnameRef}
          data-testid="register-hostname"
          value={hostname}
          autoComplete="off"
          spellCheck={false}
          placeholder="build-01.example.com"
          aria-invalid={hostnameError ? true : undefined}
          aria-describedby="hostname-error"
          onChange={(e) => {
            setHostname(e.target.value);
            setTouched(true);
            setServer((s) => ({ ...s, hostname: undefined }));
          }}
        />
        <span id="hostname-error" className="field-error" data-testid="hostname-error" aria-live="polite" hidden={!hostnameError}>
          {hostnameError ?? ''}
        </span>
      </div>
      <div className="field">
        <label htmlFor="register-os">OS (optional)</label>
        <input
          id="register-os"
          data-testid="register-os"
          value={os}
          autoComplete="off"
          placeholder="linux"
          aria-invalid={osError ? true : undefined}
          aria-describedby="os-error"
          onChange={(e) => {
            setOs(e.target.value);
            setServer((s) => ({ ...s, os: undefined }));
          }}
        />
        <span id="os-error" className="field-error" data-testid="os-error" aria-live="polite" hidden={!osError}>
          {osError ?? ''}
        </span>
      </div>
      <WriteButton type="submit" className="button button-primary" aria-busy={busy || undefined} disabled={busy}>
        Register agent
      </WriteButton>
    </form>
  );
}

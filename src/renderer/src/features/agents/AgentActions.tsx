/**
 * A row's actions: Enable or Disable, and Delete behind an inline confirmation that Escape (or Cancel) closes.
 * Focus moves into the confirmation and back to Delete when it closes, so keyboard users never lose their place.
 */
import { useEffect, useRef, useState } from 'react';
import { WriteButton } from '../connection';

interface Props {
  uuid: string;
  hostname: string;
  enabled: boolean;
  busy: boolean;
  onSetEnabled(uuid: string, enabled: boolean): void;
  onRemove(uuid: string): void;
}

export function AgentActions({ uuid, hostname, enabled, busy, onSetEnabled, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (returnFocus.current) deleteRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  useEffect(() => {
    if (!confirming) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      returnFocus.current = true;
      setConfirming(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [confirming]);

  if (confirming) {
    return (
      <div className="row-confirm" role="group" aria-label={`Delete ${hostname}?`}>
        <WriteButton
          className="button button-danger"
          onClick={() => {
            setConfirming(false);
            onRemove(uuid);
          }}
        >
          Confirm delete
        </WriteButton>
        <button
          ref={cancelRef}
          type="button"
          className="button"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <WriteButton className="button" disabled={busy} onClick={() => onSetEnabled(uuid, !enabled)}>
        {enabled ? 'Disable' : 'Enable'}
      </WriteButton>
      <WriteButton ref={deleteRef} className="button button-quiet" disabled={busy} onClick={() => setConfirming(true)}>
        Delete
      </WriteButton>
    </div>
  );
}

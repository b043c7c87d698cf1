/**
 * A row's actions: Enable or Disable, and Delete behind an inline confirmation that Escape (or Cancel) closes.
 * Focus moves into the confirmation and back to Delete when it closes, so keyboard users never lose their place.
 * Reads the row's pending write itself: buttons wait while one is in flight, and are off while not Live.
 */
import { useEffect, useRef, useState } from 'react';
import type { Agent } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { shownState } from './agentRowProps';
import { agentsStore } from './agentsStore';

export function AgentActions({ agent }: { agent: Agent }) {
  const { uuid, hostname } = agent;
  const pending = useStore(agentsStore, (s) => s.pending[uuid]);
  const setEnabled = useStore(agentsStore, (s) => s.setEnabled);
  const remove = useStore(agentsStore, (s) => s.remove);
  const enabled = shownState(agent, pending) === 'enabled';
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
      <div className="agent-actions" role="group" aria-label={`Delete ${hostname}?`}>
        <WriteButton
          className="button button-small button-danger"
          onClick={() => {
            setConfirming(false);
            void remove(uuid);
          }}
        >
          Confirm delete
        </WriteButton>
        <button
          ref={cancelRef}
          type="button"
          className="button button-small"
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
    <div className="agent-actions">
      <WriteButton className="button button-small agent-toggle" disabled={pending !== undefined} onClick={() => void setEnabled(uuid, !enabled)}>
        {enabled ? 'Disable' : 'Enable'}
      </WriteButton>
      <WriteButton ref={deleteRef} className="button button-small button-quiet" disabled={pending !== undefined} onClick={() => setConfirming(true)}>
        Delete
      </WriteButton>
    </div>
  );
}

/**
 * A button that copies a text and says so: "Copied" (or "Copy failed") for a moment, announced politely, then back
 * to its label. For commands, ids and anything people paste elsewhere.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from './copyText';
import './command.css';

interface Props {
  text: string;
  /** The accessible name, e.g. "Copy command"; the visible word is "Copy". */
  label: string;
  testId?: string;
}

/** How long "Copied" shows before the button reads "Copy" again. */
export const COPIED_MS = 1500;

export function CopyButton({ text, label, testId }: Props) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const copied = await copyText(text);
    clearTimeout(timer.current);
    setOutcome(copied ? 'copied' : 'failed');
    timer.current = setTimeout(() => setOutcome(null), COPIED_MS);
  }

  return (
    <button type="button" className="button button-small ui-copy" aria-label={label} title={label} data-testid={testId} data-outcome={outcome ?? undefined} onClick={() => void copy()}>
      {outcome === 'copied' ? 'Copied' : outcome === 'failed' ? 'Copy failed' : 'Copy'}
      <span className="visually-hidden" aria-live="polite">
        {outcome === 'copied' ? 'Copied to the clipboard' : outcome === 'failed' ? 'Could not copy; select the text and copy it by hand' : ''}
      </span>
    </button>
  );
}

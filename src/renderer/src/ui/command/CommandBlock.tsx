/**
 * A shell command on a page: one line cut with an ellipsis, expandable in place to the whole command (wrapped,
 * every line kept), and copyable. The element always holds the whole text, so selecting it copies it all too.
 */
import { useId, useState } from 'react';
import { CopyButton } from './CopyButton';
import './command.css';

interface Props {
  command: string;
  /** What the command is, for the buttons' names: "Copy command", "Show the whole command". */
  label?: string;
  testId?: string;
}

export function CommandBlock({ command, label = 'command', testId }: Props) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  return (
    <div className="ui-command" data-expanded={expanded ? 'true' : undefined}>
      <code id={id} className="ui-command-text" data-testid={testId} title={expanded ? undefined : command}>
        {command}
      </code>
      <span className="ui-command-actions">
        <button
          type="button"
          className="button button-small"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={expanded ? `Show the ${label} on one line` : `Show the whole ${label}`}
          data-testid={testId && `${testId}-expand`}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Collapse' : 'Expand'}
        </button>
        <CopyButton text={command} label={`Copy ${label}`} testId={testId && `${testId}-copy`} />
      </span>
    </div>
  );
}

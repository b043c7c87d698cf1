/**
 * A shell command in a dense table cell: one line cut with an ellipsis, a button that shows the whole command in a
 * popover anchored under it (the row keeps its height, which virtualization relies on), and copy. The popover is
 * the browser's own (`popover="auto"`): Escape or a click elsewhere closes it, and it is never clipped by the cell.
 */
import { useId, type CSSProperties } from 'react';
import { CopyButton } from './CopyButton';
import './command.css';

interface Props {
  command: string;
  /** Names the buttons and the popover, e.g. "command of build #3". */
  label: string;
}

export function CommandCell({ command, label }: Props) {
  const id = useId();
  // useId's characters are not all valid in a CSS name: keep letters and digits.
  const anchor = `--ui-command-${id.replace(/[^A-Za-z0-9]/g, '')}`;
  const anchorStyle: CSSProperties = { anchorName: anchor };
  const popoverStyle: CSSProperties = { positionAnchor: anchor };
  return (
    <span className="ui-command-cell">
      <code className="ui-command-cell-text" title={command}>
        {command}
      </code>
      <button type="button" className="button button-small ui-command-more" popoverTarget={id} aria-label={`Show the whole ${label}`} title={`Show the whole ${label}`} style={anchorStyle}>
        <span aria-hidden="true">⋯</span>
      </button>
      <div id={id} popover="auto" className="ui-command-popover" role="dialog" aria-label={label} style={popoverStyle}>
        <pre className="ui-command-popover-text">{command}</pre>
        <CopyButton text={command} label={`Copy ${label}`} />
      </div>
    </span>
  );
}

/**
 * A progress bar with its percentage and a caption (elapsed time, ETA), as UI.md asks of progress widgets; without
 * a value it is indeterminate (work whose length nobody can guess yet). The numbers are not a live region: the
 * caller announces what matters (the end), not every tick.
 */
import type { ReactNode } from 'react';
import './progress.css';

interface Props {
  /** 0–100, or undefined when the length is unknown. */
  value: number | undefined;
  /** The bar's accessible name, e.g. "Build progress". */
  label: string;
  /** Spoken instead of the bare percentage, e.g. "45%, about 12 s left". */
  valueText?: string;
  children?: ReactNode;
  testId?: string;
}

export function ProgressBar({ value, label, valueText, children, testId }: Props) {
  const percent = value === undefined ? undefined : Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div className="ui-progress" data-testid={testId} data-indeterminate={percent === undefined ? 'true' : undefined}>
      <div
        className="ui-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText}
      >
        <div className="ui-progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
      {percent !== undefined && (
        <span className="ui-progress-percent" data-testid={testId && `${testId}-percent`}>
          {percent}%
        </span>
      )}
      {children !== undefined && <span className="ui-progress-caption">{children}</span>}
    </div>
  );
}

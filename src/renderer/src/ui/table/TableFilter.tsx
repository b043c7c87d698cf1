/** The filter box above a DataTable: a search input the caller owns the text of; Escape clears it. */
import type { InputHTMLAttributes } from 'react';
import './dataTable.css';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: string;
  onChange(value: string): void;
  /** The accessible name, e.g. "Filter agents". */
  label: string;
  testId?: string;
}

export function TableFilter({ value, onChange, label, testId, className, onKeyDown, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="search"
      className={className ? `ui-table-filter ${className}` : 'ui-table-filter'}
      data-testid={testId}
      aria-label={label}
      value={value}
      autoComplete="off"
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // Escape clears the text but leaves focus in the box, and stops there: a panel behind it stays open.
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault();
          event.stopPropagation();
          onChange('');
        }
      }}
    />
  );
}

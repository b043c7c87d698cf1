/**
 * A button that writes: disabled while the window is not Live, with a tooltip saying why, so nobody clicks into a
 * write that cannot be saved. Otherwise a plain button (its own `disabled` and `title` still apply).
 */
import type { ComponentProps } from 'react';
import { useCanWrite } from './useCanWrite';

export function WriteButton({ disabled, title, type = 'button', ...props }: ComponentProps<'button'>) {
  const { canWrite, reason } = useCanWrite();
  return (
    <button
      {...props}
      type={type}
      disabled={disabled || !canWrite}
      title={reason ?? title}
      data-write-blocked={canWrite ? undefined : 'true'}
    />
  );
}

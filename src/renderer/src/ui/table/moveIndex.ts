/** Keyboard row navigation: where a key moves the focused row, or null when the key is not a movement. Pure. */
export function moveIndex(current: number, key: string, count: number, pageSize: number): number | null {
  if (count <= 0) return null;
  const page = Math.max(1, Math.floor(pageSize));
  const target =
    key === 'ArrowDown' ? current + 1
    : key === 'ArrowUp' ? current - 1
    : key === 'PageDown' ? current + page
    : key === 'PageUp' ? current - page
    : key === 'Home' ? 0
    : key === 'End' ? count - 1
    : null;
  return target === null ? null : Math.min(count - 1, Math.max(0, target));
}

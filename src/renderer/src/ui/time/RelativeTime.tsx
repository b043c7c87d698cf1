/** A relative time that refreshes itself on the shared clock, with the absolute time in its tooltip. */
import { formatRelative } from './formatRelative';
import { useNow } from './useNow';

export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  const date = new Date(iso);
  const absolute = Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
  return (
    <time dateTime={iso} title={absolute}>
      {formatRelative(iso, now)}
    </time>
  );
}

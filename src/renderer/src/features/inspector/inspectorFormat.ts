/** How the inspector writes times, latencies and sizes: compact, fixed-width friendly. */

const two = (n: number) => String(n).padStart(2, '0');

/** `14:03:07.042`, local time. */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}

/** `12 ms`, `1.4 s`; a dash when unknown. */
export function formatLatency(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return Math.abs(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `312 B`, `4.1 kB`, `2.0 MB` (JSON characters, counted as bytes). */
export function formatSize(chars: number): string {
  if (chars < 1000) return `${chars} B`;
  return chars < 1_000_000 ? `${(chars / 1000).toFixed(1)} kB` : `${(chars / 1_000_000).toFixed(1)} MB`;
}

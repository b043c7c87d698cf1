/**
 * The current hash route as a path: `#/runs/3?x` → `/runs/3`, and `''` for an empty hash or `#/` (the app shows its
 * default page there). React-free, so the boot's first chunk can read it too.
 */
export function pathOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '/' ? '' : path;
}

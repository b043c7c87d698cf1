/**
 * The window title: the view, the app and who is signed in — `Agents — Switchboard — bob` — with the unread count
 * in front once the inbox lands (`(3) Agents — Switchboard — bob`), so a glance at the taskbar says enough.
 */
export function formatWindowTitle({ view, user, unread = 0 }: { view?: string | undefined; user?: string | undefined; unread?: number }): string {
  const parts = [view, 'Switchboard', user].filter((part): part is string => Boolean(part));
  return `${unread > 0 ? `(${unread}) ` : ''}${parts.join(' — ')}`;
}

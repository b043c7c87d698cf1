/** The inbox's "Desktop notifications" switch: turning it on is the click the browser may ask permission from. */
import { useStore } from '../../stores/useStore';
import { notificationNoticesStore } from './notificationNotices';

const hints = {
  electron: 'The Switchboard app shows alerts as system notifications.',
  unsupported: 'This browser cannot show desktop notifications.',
  denied: 'Blocked in this browser: allow notifications for this site in its settings.',
} as const;

export function DesktopToggle() {
  const desktop = useStore(notificationNoticesStore, (s) => s.desktop);
  const setDesktop = useStore(notificationNoticesStore, (s) => s.setDesktop);
  if (desktop === 'electron' || desktop === 'unsupported' || desktop === 'denied') {
    return (
      <span className="muted" data-testid="desktop-notifications-hint">
        {hints[desktop]}
      </span>
    );
  }
  return (
    <label className="inbox-check" title="Alerts that arrive while this window is hidden show as desktop notifications">
      <input type="checkbox" data-testid="desktop-notifications" checked={desktop === 'on'} onChange={(e) => void setDesktop(e.target.checked)} />
      Desktop notifications
    </label>
  );
}

/**
 * The top bar: the current view's title, who else is here, who is signed in (and for which organization), the
 * connection state, and the buttons for the About panel and the shortcut sheet.
 */
import { useStore } from '../../stores/useStore';
import { ConnectionBadge, connectionStore } from '../../features/connection';
import { PresenceAvatars } from '../../features/presence';
import { NotificationBell } from '../../features/notifications';

interface Props {
  title: string;
  onAbout(): void;
  onShortcuts(): void;
}

export function TopBar({ title, onAbout, onShortcuts }: Props) {
  const session = useStore(connectionStore, (s) => s.session);
  return (
    <header className="topbar">
      <h1 className="topbar-title">{title}</h1>
      <div className="topbar-end">
        <PresenceAvatars />
        {session && (
          <span className="current-user" data-testid="current-user" title={`Signed in as ${session.userName} (${session.orgName})`}>
            <span className="avatar" aria-hidden="true" data-initial={session.userName.slice(0, 1).toUpperCase()} />
            <span className="current-user-name">{session.userName}</span>
            <span className="current-user-org">
              <span aria-hidden="true"> · </span>
              {session.orgName}
            </span>
          </span>
        )}
        <NotificationBell />
        <ConnectionBadge />
        <button type="button" className="button button-quiet topbar-icon" data-testid="open-shortcuts" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onShortcuts}>
          ?
        </button>
        <button type="button" className="button button-quiet topbar-icon" data-testid="open-about" aria-label="About Switchboard" title="About Switchboard" onClick={onAbout}>
          i
        </button>
        <a className="topbar-link" href={location.pathname}>
          Switch user
        </a>
      </div>
    </header>
  );
}

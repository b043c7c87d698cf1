/** The top bar: the current view's title, who else is here, who is signed in (and for which organization), and the connection state. */
import { useConnectionStore } from '../stores/connection/useConnectionStore';
import { ConnectionBadge } from './ConnectionBadge';
import { PresenceAvatars } from './PresenceAvatars';

export function TopBar({ title }: { title: string }) {
  const session = useConnectionStore((s) => s.session);
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
        <ConnectionBadge />
        <a className="topbar-link" href={location.pathname}>
          Switch user
        </a>
      </div>
    </header>
  );
}

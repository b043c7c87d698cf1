/**
 * The top bar's bell: the unread badge and, on click, the newest notifications. Clicking one marks it read and
 * opens its link; "Mark all read" and a link to the inbox close the list. Escape or a click elsewhere close it too.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../stores/useStore';
import { inboxStore } from './inboxStore';
import { inboxRoute } from './inboxRoutes';
import { NotificationText, openItem } from './NotificationRow';
import { UnreadBadge } from './UnreadBadge';
import { useInboxItems, useUnreadCount } from './useInbox';
import './notifications.css';

const RECENT = 8;
const bell = 'M8 2a4 4 0 0 0-4 4v3l-1.5 2.5h11L12 9V6a4 4 0 0 0-4-4zM6.5 13a1.5 1.5 0 0 0 3 0';

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const items = useInboxItems();
  const unread = useUnreadCount();
  const markRead = useStore(inboxStore, (s) => s.markRead);
  const markAllRead = useStore(inboxStore, (s) => s.markAllRead);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onDown = (e: MouseEvent) => root.current?.contains(e.target as Node) || setOpen(false);
    window.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="button button-quiet topbar-icon bell-button"
        data-testid="notification-bell"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-expanded={open}
        title="Notifications"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d={bell} />
        </svg>
        <UnreadBadge testId="notification-badge" className="bell-badge" />
      </button>
      {open && (
        <div className="bell-menu" data-testid="bell-menu" role="dialog" aria-label="Recent notifications">
          <div className="bell-menu-head">
            <strong>Notifications</strong>
            <button type="button" className="button button-small button-quiet" disabled={unread === 0} onClick={markAllRead}>
              Mark all read
            </button>
          </div>
          {items && items.length > 0 ? (
            <ul className="bell-list">
              {items.slice(0, RECENT).map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="bell-item"
                    data-testid="bell-item"
                    data-id={item.id}
                    data-unread={item.read ? undefined : 'true'}
                    onClick={() => {
                      openItem(item, markRead);
                      setOpen(false);
                    }}
                  >
                    <NotificationText item={item} />
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty-state">No notifications yet. Failed builds and processes, finished scrapes and alerts land here.</p>
          )}
          <a className="bell-all" href={inboxRoute.href()} onClick={() => setOpen(false)}>
            Open inbox
          </a>
        </div>
      )}
    </div>
  );
}

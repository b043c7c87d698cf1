/**
 * The Inbox view (`#/inbox`): the user's notifications, newest first, bold while unread, with filters (unread only,
 * type), Mark read on each and Mark all read. Marks work offline too: they show at once, marked as waiting, and
 * are sent when the connection is back.
 */
import { useState } from 'react';
import { storedNotificationTypes, type StoredNotificationType } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { DesktopToggle } from './DesktopToggle';
import { inboxStore } from './inboxStore';
import { NotificationText, openItem, typeLabels } from './NotificationRow';
import { useInboxItems, useUnreadCount, type InboxItem } from './useInbox';
import './notifications.css';

function InboxRow({ item }: { item: InboxItem }) {
  const markRead = useStore(inboxStore, (s) => s.markRead);
  const rolledBack = useStore(inboxStore, (s) => s.rolledBack[item.id]);
  return (
    <li
      className="inbox-row"
      data-testid="inbox-row"
      data-id={item.id}
      data-unread={item.read ? undefined : 'true'}
      data-pending={item.pending ? 'true' : undefined}
      data-rolled-back={rolledBack ? 'true' : undefined}
    >
      <button type="button" className="inbox-open" onClick={() => openItem(item, markRead)} title={item.link ? `Open ${item.link}` : undefined}>
        <NotificationText item={item} />
      </button>
      <span className="inbox-state muted" aria-live="polite">
        {item.pending ? 'Marked read, saving…' : ''}
      </span>
      <button type="button" className="button button-small" data-testid="mark-read" disabled={item.read} onClick={() => markRead(item.id)}>
        {item.read ? 'Read' : 'Mark read'}
      </button>
    </li>
  );
}

export function InboxView() {
  const status = useStore(inboxStore, (s) => s.status);
  const error = useStore(inboxStore, (s) => s.error);
  const markAllRead = useStore(inboxStore, (s) => s.markAllRead);
  const items = useInboxItems();
  const unread = useUnreadCount();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [type, setType] = useState<StoredNotificationType | ''>('');
  const shown = items?.filter((n) => (!unreadOnly || !n.read) && (type === '' || n.type === type));

  return (
    <section className="view inbox" aria-label="Inbox">
      <div className="view-toolbar">
        <label className="inbox-check">
          <input type="checkbox" data-testid="inbox-unread-only" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          Unread only
        </label>
        <select className="filter-input inbox-type" data-testid="inbox-type" aria-label="Type" value={type} onChange={(e) => setType(e.target.value as StoredNotificationType | '')}>
          <option value="">All types</option>
          {storedNotificationTypes.map((t) => (
            <option key={t} value={t}>
              {typeLabels[t]}
            </option>
          ))}
        </select>
        <span className="toolbar-count" data-testid="inbox-unread">
          {unread} unread
        </span>
        <button type="button" className="button" data-testid="mark-all-read" disabled={unread === 0 && !items?.some((n) => !n.read)} onClick={markAllRead}>
          Mark all read
        </button>
        <DesktopToggle />
      </div>
      <ReplicaView
        state={{ status, data: shown, error }}
        label="notifications"
        testId="inbox"
        isEmpty={(rows) => rows.length === 0}
        empty={
          <p className="empty-state">
            {items && items.length > 0 ? 'Nothing matches these filters.' : 'No notifications yet. Failed builds and processes, finished scrapes and alerts sent through the API land here.'}
          </p>
        }
      >
        {(rows) => (
          <ul className="inbox-list" data-testid="inbox-list">
            {rows.map((item) => (
              <InboxRow key={item.id} item={item} />
            ))}
          </ul>
        )}
      </ReplicaView>
    </section>
  );
}

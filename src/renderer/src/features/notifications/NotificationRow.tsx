/** One notification in the bell's dropdown or the inbox: its type, title, body and age; bold while unread. */
import { RelativeTime } from '../../ui/time/RelativeTime';
import type { InboxItem } from './useInbox';

export const typeLabels: Record<InboxItem['type'], string> = { activity: 'Activity', alert: 'Alert', system: 'System' };

export function NotificationText({ item }: { item: InboxItem }) {
  return (
    <span className="notification-text">
      <span className="notification-type" data-type={item.type}>
        {typeLabels[item.type]}
      </span>
      <span className="notification-title" data-testid="notification-title">
        {item.title}
      </span>
      {item.body && <span className="notification-body muted">{item.body}</span>}
      <span className="notification-time muted">
        <RelativeTime iso={item.createdAt} />
      </span>
    </span>
  );
}

/** Reading one: marks it read and opens its link, if it has one. */
export function openItem(item: InboxItem, markRead: (id: number) => void): void {
  if (!item.read) markRead(item.id);
  if (item.link) location.hash = item.link;
}

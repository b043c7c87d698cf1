/** The unread count as a badge (`99+` above 99), nothing at zero; the sidebar and the bell both show it. */
import { badgeText } from './inboxMarks';
import { useUnreadCount } from './useInbox';

export function UnreadBadge({ testId, className }: { testId: string; className: string }) {
  const count = useUnreadCount();
  return (
    <span className={className} data-testid={testId} data-count={count} aria-label={count > 0 ? `${count} unread` : undefined} hidden={count === 0}>
      {count > 0 ? badgeText(count) : ''}
    </span>
  );
}

/** The sidebar's count beside Inbox. */
export const InboxCount = () => <UnreadBadge testId="nav-inbox-count" className="sidebar-count" />;

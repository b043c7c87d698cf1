/**
 * Puts the unread count in front of the window title, `(3) Agents — Switchboard — bob` (`(99+)` above 99), whoever
 * wrote the title: the frame names the view, some pages name what they show. It watches the `<title>` and re-applies
 * the prefix after every write, so no page has to know about it. The frame calls it once.
 */
import { useEffect } from 'react';
import { badgeText } from './inboxMarks';
import { useUnreadCount } from './useInbox';

const prefix = /^\(\d+\+?\) /;

export function useUnreadTitle(): void {
  const count = useUnreadCount();
  useEffect(() => {
    const apply = () => {
      const bare = document.title.replace(prefix, '');
      const next = count > 0 ? `(${badgeText(count)}) ${bare}` : bare;
      if (document.title !== next) document.title = next;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(prefix, '');
    };
  }, [count]);
}

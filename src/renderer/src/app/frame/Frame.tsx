/**
 * The signed-in window's frame: sidebar, top bar, the routed page, toasts, and the shortcut sheet and About panel.
 * While the connection is not Live the page stays mounted and is only marked stale, so it reconciles in place when
 * Live returns. The window title names the page and the user.
 */
import { Fragment, useCallback, useEffect, useState } from 'react';
import { AboutPanel } from '../../features/about';
import { connectionStore } from '../../features/connection';
import { useUnreadTitle } from '../../features/notifications';
import { Toasts } from '../../features/toasts';
import { useHashPath } from '../router';
import { useStore } from '../../stores/useStore';
import { Dialog } from '../../ui/dialog/Dialog';
import { pageList } from '../features';
import { formatWindowTitle } from './formatWindowTitle';
import { defaultPage, navPages, resolvePage } from '../routes';
import { ShortcutSheet } from './ShortcutSheet';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';
import './panels.css';

const views = navPages(pageList);
const start = defaultPage(pageList);

export function Frame() {
  const path = useHashPath();
  const resolved = resolvePage(pageList, path);
  const live = useStore(connectionStore, (s) => s.status === 'live');
  const userName = useStore(connectionStore, (s) => s.session?.userName);
  const [panel, setPanel] = useState<'shortcuts' | 'about' | null>(null);
  const openShortcuts = useCallback(() => setPanel('shortcuts'), []);
  const close = useCallback(() => setPanel(null), []);
  useShortcuts(views, openShortcuts);

  const title = resolved?.page.label ?? 'Not found';
  useEffect(() => {
    document.title = formatWindowTitle({ view: title, user: userName });
  }, [title, userName]);
  // Every view's title, whoever wrote it, starts with the unread count.
  useUnreadTitle();

  return (
    <div className="frame">
      <Sidebar views={views} current={resolved?.page.section} />
      <TopBar title={title} onAbout={() => setPanel('about')} onShortcuts={openShortcuts} />
      <main className="frame-main" data-testid="main-content" data-stale={live ? undefined : 'true'}>
        {resolved ? (
          // Keyed by path: another agent or run is another page, with its own scroll and search state.
          <Fragment key={path}>{resolved.render()}</Fragment>
        ) : (
          <p className="empty-state">
            There is no view at <code>#{path}</code>. <a href={start.nav.href}>Go to {start.label}</a>
          </p>
        )}
      </main>
      <Toasts />
      <Dialog open={panel === 'shortcuts'} onClose={close} title="Keyboard shortcuts" testId="shortcut-sheet">
        <ShortcutSheet views={views} />
      </Dialog>
      <Dialog open={panel === 'about'} onClose={close} title="About Switchboard" testId="about-panel">
        <AboutPanel />
      </Dialog>
    </div>
  );
}

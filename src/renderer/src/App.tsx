/**
 * The signed-in window: sidebar, top bar, the routed view and the toasts. While the connection is not Live the
 * view stays mounted and is only marked stale, so it reconciles in place when Live returns.
 */
import { useEffect } from 'react';
import { Sidebar } from './components/Sidebar';
import { Toasts } from './components/Toasts';
import { TopBar } from './components/TopBar';
import { useHashRoute } from './components/useHashRoute';
import { useViewShortcuts } from './components/useViewShortcuts';
import { useConnectionStore } from './stores/connection/useConnectionStore';
import type { Stores } from './stores/createStores';
import { StoresProvider } from './stores/StoresProvider';
import { matchDetailRoute, viewRoutes } from './views/routes';

export function App({ stores }: { stores: Stores }) {
  return (
    <StoresProvider stores={stores}>
      <Frame />
    </StoresProvider>
  );
}

function Frame() {
  const path = useHashRoute();
  const route = viewRoutes.find((r) => r.path === path);
  const detail = route ? undefined : matchDetailRoute(path);
  const live = useConnectionStore((s) => s.status === 'live');
  const userName = useConnectionStore((s) => s.session?.userName);
  useViewShortcuts(viewRoutes);

  useEffect(() => {
    // A later issue prefixes the unread count: `(3) Switchboard — bob`.
    document.title = userName ? `Switchboard — ${userName}` : 'Switchboard';
  }, [userName]);

  return (
    <div className="frame">
      <Sidebar routes={viewRoutes} current={detail?.route.section ?? path} />
      <TopBar title={route?.label ?? detail?.route.label ?? 'Not found'} />
      <main className="frame-main" data-testid="main-content" data-stale={live ? undefined : 'true'}>
        {route ? (
          <route.View />
        ) : detail ? (
          // Keyed by path: another agent or run is another page, with its own scroll and search state.
          <detail.route.View key={path} params={detail.params} />
        ) : (
          <p className="empty-state">
            There is no view at <code>#{path}</code>. <a href="#/agents">Go to Agents</a>
          </p>
        )}
      </main>
      <Toasts />
    </div>
  );
}

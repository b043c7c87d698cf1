/**
 * The app half of the boot (see main.ts): builds the window's stores from the features list once it is signed in
 * and renders the app; without a user, or when the server refuses the one given, it renders the sign-in screen
 * instead. An empty hash becomes the default view's.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SwitchboardError, Session } from '../../../../shared/contract';
import { BootScreen, loadUsers, SignInScreen } from '../../features/session';
import { buildStores } from '../../stores/buildStores';
import { animationFrames } from '../../stores/frameScheduler';
import type { SyncClient } from '../../sync/createSyncClient';
import { pathOf } from '../router';
import { pageList, storeList } from '../features';
import { defaultPage, preloadPage } from '../routes';
import { App } from './App';

export interface Boot {
  /** Undefined when no transport could be made; `failure` says why. */
  readonly client: SyncClient | undefined;
  readonly failure: Error | undefined;
  readonly user: string | null;
  /** The sign-in main.ts started for `user`. */
  readonly signedIn: Promise<Session> | undefined;
}

export function startApp({ client, failure, user, signedIn }: Boot): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no <div id="root">; the renderer has nowhere to render.');
  const root = createRoot(container);
  const startHref = defaultPage(pageList).nav.href;

  if (pathOf(location.hash) === '') history.replaceState(null, '', `${location.pathname}${location.search}${startHref}`);

  if (!client) {
    // No transport (no preload bridge, not served over http): say so on screen, not only in the console.
    root.render(<BootScreen error={failure?.message ?? 'No Switchboard transport'} />);
    throw failure;
  }
  const connected = client;

  function showSignIn(error?: string) {
    root.render(
      <StrictMode>
        <SignInScreen loadUsers={() => loadUsers(connected)} error={error} startHref={startHref} />
      </StrictMode>,
    );
  }

  if (!user || !signedIn) return showSignIn();
  root.render(<BootScreen />);
  signedIn.then(
    () => {
      const stores = buildStores(connected, storeList, { frames: animationFrames });
      const preload = () => preloadPage(pageList, pathOf(location.hash), stores);
      // Registered before the router's own listener: a route's snapshots are asked for before it renders.
      window.addEventListener('hashchange', preload);
      preload();
      root.render(
        <StrictMode>
          <App stores={stores} />
        </StrictMode>,
      );
    },
    // A refused user leaves the client connected and signed out, so the sign-in screen can list users on it.
    (error: SwitchboardError) => showSignIn(error.message),
  );
}

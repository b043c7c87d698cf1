/**
 * Boots the renderer (index.html's entry): connects, signs in as `?user=<name>`, builds the window's stores from
 * the features list and renders the app; without a user, or when the server refuses the one given, it renders the
 * sign-in screen instead. An empty hash becomes the default view's.
 */
// The shared styles come first, so each feature's own stylesheet (imported by its views) can refine them.
import '../../styles/base.css';
import '../../styles/frame.css';
import '../../styles/table.css';
import '../../styles/forms.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SwitchboardError } from '../../../../shared/contract';
import { BootScreen, loadUsers, SignInScreen } from '../../features/session';
import { buildStores } from '../../stores/buildStores';
import { animationFrames } from '../../stores/frameScheduler';
import { createSyncClient, type SyncClient } from '../../sync/createSyncClient';
import { detectChannel } from '../../sync/detectChannel';
import { pathOf } from '../router';
import { pageList, storeList } from '../features';
import { defaultPage, preloadPage } from '../routes';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no <div id="root">; the renderer has nowhere to render.');
const root = createRoot(container);
const startHref = defaultPage(pageList).nav.href;

if (pathOf(location.hash) === '') history.replaceState(null, '', `${location.pathname}${location.search}${startHref}`);

const user = new URLSearchParams(location.search).get('user');
let client: SyncClient;
try {
  client = createSyncClient(detectChannel());
} catch (error) {
  // No transport (no preload bridge, not served over http): say so on screen, not only in the console.
  root.render(<BootScreen error={(error as Error).message} />);
  throw error;
}

function showSignIn(error?: string) {
  root.render(
    <StrictMode>
      <SignInScreen loadUsers={() => loadUsers(client)} error={error} startHref={startHref} />
    </StrictMode>,
  );
}

if (!user) showSignIn();
else {
  root.render(<BootScreen />);
  client.signIn(user).then(
    () => {
      const stores = buildStores(client, storeList, { frames: animationFrames });
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

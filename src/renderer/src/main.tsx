/**
 * Boots the renderer: connects, signs in as `?user=<name>`, then renders the app; without a user, or when the
 * server refuses the one given, it renders the sign-in screen instead. Hash routes default to `#/agents`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SwitchboardError } from '../../shared/contract';
import { App } from './App';
import { DEFAULT_ROUTE } from './components/useHashRoute';
import { createStores } from './stores/createStores';
import { loadUsers } from './stores/session/loadUsers';
import { createSyncClient, type SyncClient } from './sync/createSyncClient';
import { detectChannel } from './sync/detectChannel';
import { BootScreen } from './views/BootScreen';
import { SignInScreen } from './views/SignInScreen';
import './styles/base.css';
import './styles/frame.css';
import './styles/table.css';
import './styles/forms.css';
import './styles/toasts.css';
import './styles/jobs.css';
import './styles/runs.css';
import './styles/console.css';
import './styles/ansi.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no <div id="root">; the renderer has nowhere to render.');
const root = createRoot(container);

if (location.hash === '' || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', `${location.pathname}${location.search}#${DEFAULT_ROUTE}`);
}

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
      <SignInScreen loadUsers={() => loadUsers(client)} error={error} />
    </StrictMode>,
  );
}

if (!user) showSignIn();
else {
  root.render(<BootScreen />);
  client.signIn(user).then(
    () =>
      root.render(
        <StrictMode>
          <App stores={createStores(client)} />
        </StrictMode>,
      ),
    // A refused user leaves the client connected and signed out, so the sign-in screen can list users on it.
    (error: SwitchboardError) => showSignIn(error.message),
  );
}

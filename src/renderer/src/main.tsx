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
import { createSyncClient } from './sync/createSyncClient';
import { detectChannel } from './sync/detectChannel';
import { BootScreen } from './views/BootScreen';
import { SignInScreen } from './views/SignInScreen';
import './styles/base.css';
import './styles/frame.css';
import './styles/table.css';
import './styles/forms.css';
import './styles/toasts.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no <div id="root">; the renderer has nowhere to render.');
const root = createRoot(container);

if (location.hash === '' || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', `${location.pathname}${location.search}#${DEFAULT_ROUTE}`);
}

let client = createSyncClient(detectChannel());
const user = new URLSearchParams(location.search).get('user');

function showSignIn(error?: string) {
  const signInClient = client;
  const users = () => loadUsers(signInClient);
  root.render(
    <StrictMode>
      <SignInScreen loadUsers={users} error={error} />
    </StrictMode>,
  );
}

if (!user) showSignIn();
else {
  root.render(<BootScreen />);
  client.signIn(user).then(
    () => {
      root.render(
        <StrictMode>
          <App stores={createStores(client)} />
        </StrictMode>,
      );
    },
    (error: SwitchboardError) => {
      // A refused client never goes Live (its resume stops at the failed sign-in), and the sign-in screen needs a
      // Live client to list users, so it gets a fresh connection.
      client.dispose();
      client = createSyncClient(detectChannel());
      showSignIn(error.message);
    },
  );
}

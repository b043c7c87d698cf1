/**
 * Boots the renderer (index.html's entry) in two chunks, so the window's data is on its way while the app's code
 * loads: this small one connects, signs in as `?user=<name>` and, after a reload, asks again for the views the
 * window showed; the app chunk (React and the features) is fetched meanwhile, then renders.
 */
// The shared styles come first, so each feature's own stylesheet (imported by its views) can refine them.
import '../../styles/base.css';
import '../../styles/frame.css';
import '../../styles/table.css';
import '../../styles/forms.css';
import { createSyncClient, type SyncClient } from '../../sync/createSyncClient';
import { detectChannel } from '../../sync/detectChannel';
import { recallViews, rememberViews } from './warmStart';

const app = import('./startApp');
const user = new URLSearchParams(location.search).get('user');
let client: SyncClient | undefined;
let failure: Error | undefined;
try {
  client = createSyncClient(detectChannel(), { prefetch: user ? recallViews(user) : [] });
} catch (error) {
  failure = error as Error;
}
const signedIn = client && user ? client.signIn(user) : undefined;
// Handled by the app once it is loaded; until then a refusal is not an unhandled rejection.
signedIn?.catch(() => {});
if (client && user) rememberViews(client, user);

app.then(
  ({ startApp }) => startApp({ client, failure, user, signedIn }),
  (error: Error) => {
    // The app's chunk did not load (a damaged install): say so on screen, not only in the console.
    const root = document.getElementById('root');
    if (root) root.textContent = `Switchboard could not load its app code: ${error.message}`;
    throw error;
  },
);

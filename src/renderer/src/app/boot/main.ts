/**
 * Boots the renderer (index.html's entry) in two chunks, so the window's data is on its way while the app's code
 * loads: this small one connects, signs in as `?user=<name>` and, after a reload, asks again for the views the
 * window showed; the app chunk (React and the features) is fetched meanwhile, then renders.
 */
// First, so the host's WebSocket handshake runs while everything after it evaluates.
import { takeEarlySocket } from './openSocketEarly';
// Before any module that builds a schema.
import './zodWithoutEval';
// The shared styles come first, so each feature's own stylesheet (imported by its views) can refine them.
import '../../styles/base.css';
import '../../styles/frame.css';
import '../../styles/table.css';
import '../../styles/forms.css';
import { createSyncClient, type SyncClient } from '../../sync/createSyncClient';
import { detectChannel } from '../../sync/detectChannel';
import { recallViews, rememberViews } from './warmStart';

const user = new URLSearchParams(location.search).get('user');
const prefetch = user ? recallViews(user) : [];
let client: SyncClient | undefined;
let failure: Error | undefined;
try {
  client = createSyncClient(detectChannel(takeEarlySocket()), { prefetch });
} catch (error) {
  failure = error as Error;
}
const signedIn = client && user ? client.signIn(user) : undefined;
// Handled by the app once it is loaded; until then a refusal is not an unhandled rejection.
signedIn?.catch(() => {});
if (client && user) rememberViews(client, user);

// Evaluating the app chunk holds the page's one thread for tens of milliseconds. A warm start lets the connection
// open and the prefetch leave first, so the host reads the views while the page evaluates; a cold one has nothing
// to wait for.
const loadApp = () => import('./startApp');
const app = signedIn && prefetch.length > 0 ? signedIn.then(loadApp, loadApp) : loadApp();

app.then(
  ({ startApp }) => startApp({ client, failure, user, signedIn }),
  (error: Error) => {
    // The app's chunk did not load (a damaged install): say so on screen, not only in the console.
    const root = document.getElementById('root');
    if (root) root.textContent = `Switchboard could not load its app code: ${error.message}`;
    throw error;
  },
);

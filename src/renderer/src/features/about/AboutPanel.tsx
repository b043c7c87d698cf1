/**
 * The About panel's content: version, data folder, host and API URL, and who is signed in. Mounted only while the
 * panel is open, so the `about.app` snapshot is read once per opening.
 */
import { useStore } from '../../stores/useStore';
import { connectionStore } from '../connection';
import { aboutStore } from './aboutStore';

export function AboutPanel() {
  const about = useStore(aboutStore, (s) => s.data);
  const status = useStore(aboutStore, (s) => s.status);
  const error = useStore(aboutStore, (s) => s.error);
  const session = useStore(connectionStore, (s) => s.session);
  const row = (label: string, value: string | null | undefined, testId: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ?? '—'}</dd>
    </div>
  );
  return (
    <>
      {status === 'error' && (
        <p className="form-error" role="alert">
          Could not read the app's details: {error?.message ?? 'unknown error'}. Close and reopen this panel to try again.
        </p>
      )}
      {!about && status === 'loading' && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      <dl className="about-facts">
        {row('Version', about?.version, 'about-version')}
        {row('Signed in as', session && `${session.userName} (${session.orgName})`, 'about-user')}
        {row('Host', about && (about.shell === 'electron' ? 'This computer (Electron)' : location.origin), 'about-host')}
        {row('REST API', about ? (about.apiUrl ?? 'Not listening') : undefined, 'about-api-url')}
        {row('Data folder', about?.dataDir, 'about-data-dir')}
      </dl>
    </>
  );
}

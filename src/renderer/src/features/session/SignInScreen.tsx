/**
 * The sign-in screen: lists the users this window may act as. Choosing one loads the page as `?user=<id>` at the
 * default view, so every signed-in window starts from a clean page and can be reloaded or bookmarked as that user.
 * Shows why an earlier sign-in was refused.
 */
import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../../shared/contract';
import './signIn.css';

interface Props {
  loadUsers: () => Promise<UserSummary[]>;
  /** Why the `?user=` sign-in was refused, as the server said it. */
  error?: string | undefined;
  /** Where a signed-in window opens: the default view's link, from the route list. */
  startHref: string;
}

export function SignInScreen({ loadUsers, error, startHref }: Props) {
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadUsers().then(
      (list) => current && setUsers(list),
      (err: Error) => current && setLoadError(err.message),
    );
    return () => {
      current = false;
    };
  }, [loadUsers]);

  useEffect(() => {
    document.title = 'Switchboard — Sign in';
  }, []);

  const choose = (user: UserSummary) => location.assign(`${location.pathname}?user=${encodeURIComponent(user.id)}${startHref}`);

  return (
    <div className="center-screen">
      <section className="sign-in" data-testid="sign-in" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Switchboard</h1>
        {error && (
          <p className="form-error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        {loadError && (
          <p className="form-error" role="alert">
            Could not list users: {loadError}. Reload the window to try again.
          </p>
        )}
        {!users && !loadError && <p className="muted">Loading users…</p>}
        {users && users.length === 0 && <p className="muted">No users yet. Start the app with its demo data to get some.</p>}
        {users && users.length > 0 && (
          <ul className="sign-in-users">
            {users.map((user) => (
              <li key={user.id}>
                <button type="button" className="sign-in-user" data-testid="sign-in-user" data-user={user.id} onClick={() => choose(user)}>
                  <span className="avatar" aria-hidden="true" data-initial={user.name.slice(0, 1).toUpperCase()} />
                  <span className="sign-in-user-name">{user.name}</span>
                  <span className="muted"> · {user.orgName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

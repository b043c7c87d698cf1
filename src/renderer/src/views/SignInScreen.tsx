/**
 * The sign-in screen: lists the users this window may act as. Choosing one reloads the page as `?user=<id>#/agents`,
 * so every signed-in window starts from a clean page. Shows why an earlier sign-in was refused.
 */
import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../shared/contract';

interface Props {
  loadUsers: () => Promise<UserSummary[]>;
  /** Why the `?user=` sign-in was refused, as the server said it. */
  error?: string | undefined;
}

export function SignInScreen({ loadUsers, error }: Props) {
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

  const href = (user: UserSummary) => `${location.pathname}?user=${encodeURIComponent(user.id)}#/agents`;

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
                <a className="sign-in-user" href={href(user)} data-testid="sign-in-user" data-user={user.id}>
                  <span className="avatar" aria-hidden="true">
                    {user.name.slice(0, 1).toUpperCase()}
                  </span>
                  <span className="sign-in-user-name">{user.name}</span>
                  <span className="muted">{user.orgName}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

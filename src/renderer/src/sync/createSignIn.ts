/**
 * Who this window is signed in as, across reconnects: the chosen user is re-signed-in on every new connection,
 * and callers who asked before the connection was up wait for that instead of failing.
 * @internal Used by the sync client.
 */
import { DisposedError, type Session, type SwitchboardError } from '../../../shared/contract';
import type { Requests } from './createRequests';

interface Waiter {
  resolve(session: Session): void;
  reject(error: SwitchboardError): void;
}

export interface SignIn {
  readonly user: string | null;
  /** Remembers `user`; signs in now when `connected`, else when the next connection comes up. */
  request(user: string, connected: boolean): Promise<Session>;
  /** Signs the remembered user in on a (new) connection; resolves null when nobody chose a user yet. */
  renew(): Promise<Session | null>;
  dispose(): void;
}

export function createSignIn(requests: Requests, onSession: (session: Session) => void): SignIn {
  let user: string | null = null;
  let waiters: Waiter[] = [];

  const settle = (fn: (waiter: Waiter) => void) => {
    const waiting = waiters;
    waiters = [];
    waiting.forEach(fn);
  };

  async function signIn(name: string): Promise<Session> {
    let session: Session;
    try {
      session = await requests.request<Session>({ kind: 'command', name: 'session.signIn', input: { user: name } });
    } catch (error) {
      // A dropped connection retries on the next welcome; a refused user does not.
      if ((error as SwitchboardError).code !== 'DISPOSED') {
        user = null;
        settle((w) => w.reject(error as SwitchboardError));
      }
      throw error;
    }
    onSession(session);
    settle((w) => w.resolve(session));
    return session;
  }

  return {
    get user() {
      return user;
    },
    request(name, connected) {
      user = name;
      if (connected) return signIn(name);
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    renew: () => (user ? signIn(user) : Promise.resolve(null)),
    dispose() {
      settle((w) => w.reject(new DisposedError()));
    },
  };
}

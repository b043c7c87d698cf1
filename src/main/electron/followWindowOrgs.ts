/**
 * The organizations and users that have a signed-in Electron window, followed as windows sign in, switch user and
 * close: `follow(key)` subscribes when the first window of an organization (or user) appears, and its unsubscribe
 * runs when the last one goes. Shared by the shell's system notifications and the tray's unread badge.
 */
import type { Session } from '../../shared/contract';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { webContentsIdOf } from '../transports/ipc/pageId';

type Windows = Pick<App['kernel'], 'sync'>;

/** Signed-in IPC windows: webContents id → their session. */
export function windowSessions(kernel: Windows): Map<number, Session> {
  const sessions = new Map<number, Session>();
  for (const connection of kernel.sync.connections()) {
    const contentsId = webContentsIdOf(connection.id);
    if (contentsId !== undefined && connection.session) sessions.set(contentsId, connection.session);
  }
  return sessions;
}

function followWindowKeys(kernel: Windows, keyOf: (session: Session) => string, follow: (key: string, session: Session) => () => void): Disposable {
  const subscriptions = new Map<string, () => void>();
  function update() {
    const present = new Map([...windowSessions(kernel).values()].map((s) => [keyOf(s), s]));
    for (const [key, stop] of subscriptions) {
      if (present.has(key)) continue;
      subscriptions.delete(key);
      stop();
    }
    for (const [key, session] of present) if (!subscriptions.has(key)) subscriptions.set(key, follow(key, session));
  }
  update();
  const stop = kernel.sync.onDidChangeConnections(update);
  return {
    dispose() {
      stop();
      subscriptions.forEach((unsubscribe) => unsubscribe());
      subscriptions.clear();
    },
  };
}

export function followWindowOrgs(kernel: Windows, follow: (orgId: string) => () => void): Disposable {
  return followWindowKeys(kernel, (s) => s.orgId, (orgId) => follow(orgId));
}

/** Follows each user with a window open; `follow` gets the session of the user's first window. */
export function followWindowUsers(kernel: Windows, follow: (session: Session) => () => void): Disposable {
  return followWindowKeys(kernel, (s) => s.userId, (_userId, session) => follow(session));
}

/**
 * The organizations that have a signed-in Electron window, followed as windows sign in, switch user and close:
 * `follow(orgId)` subscribes for an organization when its first window appears, and its unsubscribe runs when the last
 * one goes. Shared by the shell's system notifications.
 */
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { webContentsIdOf } from '../transports/ipc/pageId';

type Windows = Pick<App['kernel'], 'sync'>;

/** Signed-in IPC windows: webContents id → their organization. */
export function windowSessions(kernel: Windows): Map<number, { orgId: string; orgName: string }> {
  const sessions = new Map<number, { orgId: string; orgName: string }>();
  for (const connection of kernel.sync.connections()) {
    const contentsId = webContentsIdOf(connection.id);
    if (contentsId !== undefined && connection.session) sessions.set(contentsId, connection.session);
  }
  return sessions;
}

export function followWindowOrgs(kernel: Windows, follow: (orgId: string) => () => void): Disposable {
  const subscriptions = new Map<string, () => void>();
  function update() {
    const orgs = new Set([...windowSessions(kernel).values()].map((s) => s.orgId));
    for (const [orgId, stop] of subscriptions) {
      if (orgs.has(orgId)) continue;
      stop();
      subscriptions.delete(orgId);
    }
    for (const orgId of orgs) if (!subscriptions.has(orgId)) subscriptions.set(orgId, follow(orgId));
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

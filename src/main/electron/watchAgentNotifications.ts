/**
 * System notifications for agents disabled or deleted in an organization that has a window open, shown only while
 * none of that organization's windows has focus (a focused window shows the change itself).
 */
import { BrowserWindow, Notification } from 'electron';
import type { AgentEvent } from '../../shared/contract';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { webContentsIdOf } from '../transports/ipc/pageId';

export function watchAgentNotifications(kernel: Pick<App['kernel'], 'bus' | 'sync'>): Disposable {
  const subscriptions = new Map<string, () => void>();

  /** Signed-in IPC windows: webContents id → session. */
  function windowSessions() {
    const sessions = new Map<number, { orgId: string; orgName: string }>();
    for (const connection of kernel.sync.connections()) {
      const contentsId = webContentsIdOf(connection.id);
      if (contentsId !== undefined && connection.session) sessions.set(contentsId, connection.session);
    }
    return sessions;
  }

  function notify(orgId: string, event: AgentEvent) {
    if (event.type !== 'agent_disabled' && event.type !== 'agent_deleted') return;
    const sessions = windowSessions();
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && sessions.get(focused.webContents.id)?.orgId === orgId) return;
    if (!Notification.isSupported()) return;
    const orgName = [...sessions.values()].find((s) => s.orgId === orgId)?.orgName ?? orgId;
    const { payload } = event;
    const body =
      'agent' in payload
        ? `${payload.agent.hostname} was disabled in ${orgName}.`
        : `Agent ${payload.uuid.slice(0, 8)} was deleted from ${orgName}.`;
    new Notification({ title: event.type === 'agent_disabled' ? 'Agent disabled' : 'Agent deleted', body }).show();
  }

  // Follows the set of organizations with a signed-in window as windows sign in, switch user and close.
  function follow() {
    const orgs = new Set([...windowSessions().values()].map((s) => s.orgId));
    for (const [orgId, stop] of subscriptions) {
      if (orgs.has(orgId)) continue;
      stop();
      subscriptions.delete(orgId);
    }
    for (const orgId of orgs) {
      if (!subscriptions.has(orgId)) subscriptions.set(orgId, kernel.bus.subscribe(`agents:updates:${orgId}`, (event) => notify(orgId, event)));
    }
  }

  follow();
  const stop = kernel.sync.onDidChangeConnections(follow);
  return {
    dispose() {
      stop();
      subscriptions.forEach((unsubscribe) => unsubscribe());
      subscriptions.clear();
    },
  };
}

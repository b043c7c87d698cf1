/**
 * System notifications for runs that end (passed, failed, cancelled) in an organization with a window open, shown
 * only while none of that organization's windows has focus (a focused window toasts them itself). What is worth
 * telling is decided once, by the contract's `jobNotice`, for toasts and notifications alike.
 */
import { BrowserWindow, Notification } from 'electron';
import { isFinished, jobNotice, jobsTopic, type JobStatus } from '../../shared/contract';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { webContentsIdOf } from '../transports/ipc/pageId';

export function watchJobNotifications(kernel: Pick<App['kernel'], 'bus' | 'sync'>): Disposable {
  const subscriptions = new Map<string, () => void>();
  const lastStatus = new Map<number, JobStatus>();

  /** Signed-in IPC windows: webContents id → organization. */
  function windowOrgs(): Map<number, string> {
    const orgs = new Map<number, string>();
    for (const connection of kernel.sync.connections()) {
      const contentsId = webContentsIdOf(connection.id);
      if (contentsId !== undefined && connection.session) orgs.set(contentsId, connection.session.orgId);
    }
    return orgs;
  }

  function follow() {
    const orgs = new Set(windowOrgs().values());
    for (const [orgId, stop] of subscriptions) {
      if (orgs.has(orgId)) continue;
      stop();
      subscriptions.delete(orgId);
    }
    for (const orgId of orgs) {
      if (subscriptions.has(orgId)) continue;
      const stop = kernel.bus.subscribe(jobsTopic.build({ org: orgId }), ({ payload: { job } }) => {
        const notice = jobNotice(lastStatus.get(job.id), job);
        // A finished job changes no more, so the map only holds jobs still going.
        if (isFinished(job.status)) lastStatus.delete(job.id);
        else lastStatus.set(job.id, job.status);
        const focused = BrowserWindow.getFocusedWindow();
        if (!notice || !Notification.isSupported() || (focused && windowOrgs().get(focused.webContents.id) === orgId)) return;
        new Notification({ title: notice.kind === 'error' ? 'Build failed' : 'Build finished', body: notice.message }).show();
      });
      subscriptions.set(orgId, stop);
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

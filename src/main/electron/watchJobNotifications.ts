/**
 * System notifications for runs that end (passed, failed, cancelled) in an organization with a window open, shown
 * only while none of that organization's windows has focus (a focused window toasts them itself). What is worth
 * telling is decided once, by the contract's `jobNotice`, for toasts and notifications alike; a failure its scheduler
 * is alerted to is left to that alert.
 */
import { BrowserWindow, Notification } from 'electron';
import { isFinished, jobNotice, jobsTopic, type JobStatus } from '../../shared/contract';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { isToldAsAlert } from './alertNotice';
import { followWindowOrgs, windowSessions } from './followWindowOrgs';

export function watchJobNotifications(kernel: Pick<App['kernel'], 'bus' | 'sync'>): Disposable {
  const lastStatus = new Map<number, JobStatus>();
  return followWindowOrgs(kernel, (orgId) =>
    kernel.bus.subscribe(jobsTopic.build({ org: orgId }), ({ payload: { job } }) => {
      const notice = jobNotice(lastStatus.get(job.id), job);
      // A finished job changes no more, so the map only holds jobs still going.
      if (isFinished(job.status)) lastStatus.delete(job.id);
      else lastStatus.set(job.id, job.status);
      if (!notice || !Notification.isSupported()) return;
      const sessions = windowSessions(kernel);
      const focused = BrowserWindow.getFocusedWindow();
      if (focused && sessions.get(focused.webContents.id)?.orgId === orgId) return;
      // Its scheduler hears of a failure as an alert (watchAlertNotifications): one notification on this desktop, not two.
      if (job.status === 'failed' && isToldAsAlert(job.scheduledBy, new Set([...sessions.values()].map((s) => s.userId)))) return;
      new Notification({ title: notice.kind === 'error' ? 'Build failed' : 'Build finished', body: notice.message }).show();
    }),
  );
}

/**
 * System notifications for agents disabled or deleted in an organization that has a window open, shown only while
 * none of that organization's windows has focus (a focused window shows the change itself).
 */
import { BrowserWindow, Notification } from 'electron';
import { agentsTopic, type AgentEvent } from '../../shared/contract';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import { followWindowOrgs, windowSessions } from './followWindowOrgs';

export function watchAgentNotifications(kernel: Pick<App['kernel'], 'bus' | 'sync'>): Disposable {
  function notify(orgId: string, event: AgentEvent) {
    if (event.type !== 'agent_disabled' && event.type !== 'agent_deleted') return;
    const sessions = windowSessions(kernel);
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

  return followWindowOrgs(kernel, (orgId) => kernel.bus.subscribe(agentsTopic.build({ org: orgId }), (event) => notify(orgId, event)));
}

/**
 * The user's inbox (the `notifications.inbox` replica) and the marks made in this window. Marks are optimistic and
 * durable: each goes into the window's mark queue (see markQueue.ts), shows as read at once, and is sent right away
 * while the connection is Live, or on reconnect otherwise. A mark the server refuses leaves the queue, so its row
 * turns unread again, and an error toast says so.
 */
import type { Inbox } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { connectionStore } from '../connection';
import { failureMessage, toastsStore } from '../toasts';
import { inboxReducer } from './inboxReducer';
import { isMarked } from './inboxMarks';
import { createMarkQueue, markQueueKey, windowStorage, type MarkOp } from './markQueue';

export interface InboxActions {
  /** Marks this window made that the server has not confirmed yet (sent or waiting for the connection). */
  readonly marks: readonly MarkOp[];
  /** id → when its mark was refused and rolled back (the row flashes once per value). */
  readonly rolledBack: Readonly<Record<number, number>>;
  markRead(id: number): void;
  /** Marks every notification up to the newest this window has; later arrivals stay unread. */
  markAllRead(): void;
  /** Sends the queued marks; the window calls it whenever the connection turns Live. */
  flushMarks(): Promise<void>;
}

function inboxActions({ get, set, write, stores }: ActionsContext<Inbox, InboxActions>): InboxActions {
  const connection = stores.get(connectionStore);
  const session = connection.getState().session;
  const queue = createMarkQueue(windowStorage(), markQueueKey(session?.orgId ?? '-', session?.userId ?? '-'));
  queue.onChange((marks) => set({ marks }));
  const toasts = () => stores.get(toastsStore).getState();

  const send = (op: MarkOp) => (op.kind === 'read' ? write('notifications.markRead', { id: op.id }) : write('notifications.markAllRead', { upToId: op.upToId }));

  function refused(op: MarkOp, error: unknown) {
    const title = op.kind === 'read' ? get().data?.items.find((n) => n.id === op.id)?.title : undefined;
    const what = op.kind === 'all' ? 'Marking all notifications read' : `Marking “${title ?? `notification #${op.id}`}” read`;
    const ids = op.kind === 'read' ? [op.id] : (get().data?.items.filter((n) => n.id <= op.upToId && n.readAt === null).map((n) => n.id) ?? []);
    const at = Date.now();
    set({ rolledBack: { ...get().rolledBack, ...Object.fromEntries(ids.map((id) => [id, at])) } });
    toasts().push({ kind: 'error', message: `${failureMessage(what, error)} It shows as unread again.` });
  }

  const flushMarks = () => queue.flush(send, refused);
  const mark = (op: MarkOp) => {
    if (queue.add(op) && connection.getState().status === 'live') void flushMarks();
  };

  return {
    marks: queue.list(),
    rolledBack: {},
    flushMarks,
    markRead(id) {
      const n = get().data?.items.find((item) => item.id === id);
      if (n && (n.readAt !== null || isMarked(get().marks, n))) return;
      mark({ kind: 'read', id });
    },
    markAllRead() {
      const items = get().data?.items ?? [];
      if (!items.some((n) => n.readAt === null && !isMarked(get().marks, n))) return;
      mark({ kind: 'all', upToId: Math.max(...items.map((n) => n.id)) });
    },
  };
}

export const inboxStore = defineReplicaStore({ view: 'notifications.inbox', params: () => ({}), ...inboxReducer, actions: inboxActions });

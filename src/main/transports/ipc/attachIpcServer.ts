/**
 * The app's one `ipcMain` listener on IPC_CHANNEL. It checks who sent each message, validates the frame, and gives
 * each page (keyed `webContentsId:frameId`) its own transport: a fresh one on every `hello`, ended when the page
 * navigates away, crashes or closes. Only the Electron entry attaches it, once.
 */
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { clientFrameSchema, IPC_CHANNEL, type ServerFrame } from '../../../shared/contract';
import type { Disposable } from '../../kernel/disposable';
import { createLogger } from '../../kernel/logger';
import type { Transport } from '../../kernel/transport';
import { createIpcTransport, type IpcPage } from './createIpcTransport';
import { pageId } from './pageId';

export interface IpcServerOptions {
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>;
  /** True for the webContents of windows this app created; IPC from anything else is dropped. */
  isOurs(contents: WebContents): boolean;
  /** True for pages of the app itself (the app:// origin, or the dev server in development). */
  isAppUrl(url: string): boolean;
  /** A page said hello: serve it over `transport` (the sync server's `connect`). */
  onTransport(id: string, transport: Transport): void;
}

interface Watched {
  page?: IpcPage;
  unwatch(): void;
}

const logger = createLogger('switchboard:transports:ipc');

export function attachIpcServer(options: IpcServerOptions): Disposable {
  const watched = new Map<number, Watched>();

  function endPage(contentsId: number) {
    const entry = watched.get(contentsId);
    const page = entry?.page;
    if (entry) delete entry.page;
    page?.end();
  }

  function watch(contents: WebContents): Watched {
    const existing = watched.get(contents.id);
    if (existing) return existing;
    const id = contents.id;
    const onStartNavigation = (details: { url: string; isMainFrame: boolean; isSameDocument: boolean }) => {
      // This fires before will-navigate can cancel, so only app URLs (which the guard lets through) end the page
      // here; a refused navigation elsewhere leaves the page, and its connection, as they were.
      if (details.isMainFrame && !details.isSameDocument && options.isAppUrl(details.url)) endPage(id);
    };
    const onNavigate = (_event: unknown, url: string) => {
      // A committed navigation to a non-app URL means our page is gone, however it got past the guard.
      if (!options.isAppUrl(url)) endPage(id);
    };
    const onGone = () => endPage(id);
    const onDestroyed = () => {
      endPage(id);
      watched.get(id)?.unwatch();
    };
    contents.on('did-start-navigation', onStartNavigation);
    contents.on('did-navigate', onNavigate);
    contents.on('render-process-gone', onGone);
    contents.once('destroyed', onDestroyed);
    const entry: Watched = {
      unwatch() {
        watched.delete(id);
        contents.off('did-start-navigation', onStartNavigation);
        contents.off('did-navigate', onNavigate);
        contents.off('render-process-gone', onGone);
        contents.off('destroyed', onDestroyed);
      },
    };
    watched.set(id, entry);
    return entry;
  }

  function refusal(event: IpcMainEvent): string | undefined {
    const contents = event.sender;
    if (!options.isOurs(contents)) return 'not a Switchboard window';
    const frame = event.senderFrame;
    const main = contents.mainFrame;
    if (!frame || frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) {
      return 'not the main frame of its window';
    }
    if (!options.isAppUrl(frame.url)) return `page ${frame.url} is not the app`;
    return undefined;
  }

  function reply(event: IpcMainEvent, frame: ServerFrame) {
    // The window may have closed while its message was in flight; nobody is left to read the reply.
    if (event.sender.isDestroyed()) return;
    event.reply(IPC_CHANNEL, frame);
  }

  const onMessage = (event: IpcMainEvent, raw: unknown) => {
    // A window closed while its message was in flight: there is no page left to serve or answer.
    if (event.sender.isDestroyed()) return;
    const refused = refusal(event);
    if (refused) {
      logger.warn(`dropped a frame from webContents ${event.sender.id}: ${refused}`);
      return;
    }
    const parsed = clientFrameSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues[0]?.message;
      reply(event, { kind: 'error', error: { code: 'PROTOCOL', message: `Malformed frame${detail ? `: ${detail}` : ''}` } });
      return;
    }
    const entry = watch(event.sender);
    if (parsed.data.kind === 'hello') {
      // A second hello from a page means it reloaded: its old connection goes, a new one starts.
      endPage(event.sender.id);
      const contents = event.sender;
      const page = createIpcTransport(contents, () => {
        if (entry.page === page) delete entry.page;
      });
      entry.page = page;
      try {
        options.onTransport(pageId(contents.id, event.frameId), page.transport);
      } catch (error) {
        logger.error(`could not serve webContents ${contents.id}`, error);
        page.end();
        reply(event, { kind: 'error', error: { code: 'INTERNAL', message: 'Internal error' } });
        return;
      }
    }
    if (!entry.page) {
      const frame = parsed.data;
      // Credit for a connection that has ended means nothing; a request gets its error so it never hangs.
      if (frame.kind === 'ack') return;
      const error = { code: 'PROTOCOL' as const, message: 'No connection for this page: send hello first' };
      reply(event, { kind: 'error', ...('id' in frame ? { id: frame.id } : {}), error });
      return;
    }
    entry.page.receive(parsed.data);
  };

  options.ipcMain.on(IPC_CHANNEL, onMessage);
  return {
    dispose() {
      options.ipcMain.removeListener(IPC_CHANNEL, onMessage);
      for (const [id, entry] of [...watched]) {
        endPage(id);
        entry.unwatch();
      }
    },
  };
}

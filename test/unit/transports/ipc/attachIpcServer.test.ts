/**
 * The IPC server's gate and page bookkeeping over a fake ipcMain and webContents: who may talk to it, the errors it
 * answers, and what happens when serving a page fails or the kernel ends a page's connection.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type ClientFrame } from '../../../../src/shared/contract';
import type { Transport } from '../../../../src/main/kernel/transport';
import { attachIpcServer } from '../../../../src/main/transports/ipc/attachIpcServer';

const APP_URL = 'app://switchboard/index.html';
let nextId = 1;

class Contents extends EventEmitter {
  id = nextId++;
  destroyed = false;
  mainFrame = { processId: 7, routingId: 1, parent: null as object | null, url: APP_URL };
  replies: unknown[] = [];
  isDestroyed() {
    return this.destroyed;
  }
  send() {}
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));

function setup(onTransport: (id: string, transport: Transport) => void = () => {}) {
  const ipcMain = new EventEmitter();
  const served: { id: string; transport: Transport }[] = [];
  const server = attachIpcServer({
    ipcMain: ipcMain as never,
    isOurs: () => true,
    isAppUrl: (url) => url.startsWith('app://switchboard/'),
    onTransport: (id, transport) => {
      onTransport(id, transport);
      served.push({ id, transport });
    },
  });
  cleanups.push(() => server.dispose());
  const send = (contents: Contents, raw: unknown, frame: object = contents.mainFrame) =>
    ipcMain.emit(IPC_CHANNEL, { sender: contents, senderFrame: frame, frameId: 1, reply: (_channel: string, reply: unknown) => contents.replies.push(reply) }, raw);
  return { served, send };
}

const hello: ClientFrame = { kind: 'hello' };
const snapshot = { kind: 'snapshot', id: 5, view: 'agents.list', params: {} };

describe('attachIpcServer', () => {
  it.each([
    ['a subframe', { parent: {} }],
    ['a frame of another process', { processId: 8 }],
    ['another frame of the same process', { routingId: 2 }],
  ])('drops frames from %s without an answer', (_what, difference) => {
    const { served, send } = setup();
    const contents = new Contents();
    send(contents, hello, { ...contents.mainFrame, ...difference });
    expect(served).toEqual([]);
    expect(contents.replies).toEqual([]);
  });

  it('serves nothing to a window already destroyed', () => {
    const { served, send } = setup();
    const contents = new Contents();
    contents.destroyed = true;
    send(contents, hello);
    send(contents, { kind: 'nope' });
    expect(served).toEqual([]);
    expect(contents.replies).toEqual([]);
  });

  it('answers a malformed frame with a PROTOCOL error naming the problem', () => {
    const { send } = setup();
    const contents = new Contents();
    send(contents, { kind: 'nope' });
    expect(contents.replies).toEqual([{ kind: 'error', error: { code: 'PROTOCOL', message: expect.stringMatching(/^Malformed frame: \S/) } }]);
  });

  it('answers a request before hello with an error carrying its id, and ignores a stray ack', () => {
    const { send } = setup();
    const contents = new Contents();
    send(contents, { kind: 'ack', batch: 1 });
    send(contents, snapshot);
    expect(contents.replies).toEqual([{ kind: 'error', id: 5, error: { code: 'PROTOCOL', message: 'No connection for this page: send hello first' } }]);
  });

  it('treats a page whose connection the kernel closed as one that has not said hello', () => {
    const { served, send } = setup();
    const contents = new Contents();
    send(contents, hello);
    expect(served.map((s) => s.id)).toEqual([`${contents.id}:1`]);
    served[0]!.transport.close();
    send(contents, snapshot);
    expect(contents.replies).toEqual([{ kind: 'error', id: 5, error: { code: 'PROTOCOL', message: 'No connection for this page: send hello first' } }]);
  });

  it('answers INTERNAL and ends the page when serving it fails', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    cleanups.push(() => logged.mockRestore());
    const closed = vi.fn();
    const { send } = setup((_id, transport) => {
      transport.onClose(closed);
      throw new Error('kernel refused');
    });
    const contents = new Contents();
    send(contents, hello);
    expect(contents.replies).toEqual([{ kind: 'error', error: { code: 'INTERNAL', message: 'Internal error' } }]);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toContain(`could not serve webContents ${contents.id}`);
    send(contents, snapshot);
    expect(contents.replies[1]).toMatchObject({ kind: 'error', id: 5, error: { code: 'PROTOCOL' } });
  });
});

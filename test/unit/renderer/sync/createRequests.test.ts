/**
 * Request bookkeeping: each request gets its own id and is settled by its own answer only; a request that cannot
 * be sent fails at once, and a dropped connection fails every pending one, so no caller ever hangs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisposedError, NotFoundError } from '../../../../src/shared/contract';
import { createRequests } from '../../../../src/renderer/src/sync/createRequests';
import { createFakeChannel } from '../support/fakeChannel';

describe('createRequests', () => {
  afterEach(() => vi.restoreAllMocks());

  it('numbers requests from 1 and settles each from its own result, with its seq', async () => {
    const channel = createFakeChannel();
    const requests = createRequests(channel);
    const first = requests.requestWithSeq({ kind: 'snapshot', view: 'agents.list', params: {} });
    const second = requests.request({ kind: 'command', name: 'agents.delete', input: {} });
    expect(channel.sent.map((f) => ('id' in f ? f.id : undefined))).toEqual([1, 2]);
    requests.settle({ kind: 'result', id: 2, value: 'two' });
    requests.settle({ kind: 'result', id: 1, value: 'one', seq: 7 });
    requests.settle({ kind: 'result', id: 1, value: 'again' }); // already settled: ignored
    await expect(first).resolves.toEqual({ value: 'one', seq: 7 });
    await expect(second).resolves.toBe('two');
  });

  it('rejects from a typed error frame, and logs an error frame that answers nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const channel = createFakeChannel();
    const requests = createRequests(channel);
    const pending = requests.request({ kind: 'command', name: 'agents.delete', input: {} });
    requests.settle({ kind: 'error', error: { code: 'INTERNAL', message: 'no id' } });
    requests.settle({ kind: 'error', id: 99, error: { code: 'INTERNAL', message: 'unknown id' } });
    expect(log).toHaveBeenCalledTimes(2);
    requests.settle({ kind: 'error', id: 1, error: { code: 'NOT_FOUND', message: 'gone' } });
    await expect(pending).rejects.toBeInstanceOf(NotFoundError);
    await expect(pending).rejects.toMatchObject({ message: 'gone' });
    requests.settle({ kind: 'error', id: 1, error: { code: 'INTERNAL', message: 'late' } });
    expect(log).toHaveBeenCalledTimes(3); // its request is settled: the late error answers nothing
  });

  it('fails at once when the channel cannot send, and fails every pending request on failAll', async () => {
    const channel = createFakeChannel();
    const requests = createRequests(channel);
    const a = requests.request({ kind: 'unsubscribe', topics: ['t'] });
    const b = requests.request({ kind: 'unsubscribe', topics: ['u'] });
    requests.failAll(new DisposedError('dropped'));
    await expect(a).rejects.toMatchObject({ code: 'DISPOSED', message: 'dropped' });
    await expect(b).rejects.toMatchObject({ code: 'DISPOSED' });
    requests.settle({ kind: 'result', id: 1, value: null }); // nothing pending any more: no throw

    channel.setState({ status: 'reconnecting', attempt: 1 });
    const settled = { resolve: vi.fn(), reject: vi.fn() };
    requests.call({ kind: 'snapshot', view: 'agents.list', params: {} }, settled);
    expect(settled.reject).toHaveBeenCalledWith(expect.objectContaining({ code: 'DISPOSED', message: 'Not connected to Switchboard; try again once the window is Live' }));
    channel.setState({ status: 'open', attempt: 0 });
    requests.settle({ kind: 'result', id: 3, value: null });
    expect(settled.resolve).not.toHaveBeenCalled();
  });

  it('calls back each settled request once: a repeated answer or a late failAll reaches nobody', () => {
    const channel = createFakeChannel();
    const requests = createRequests(channel);
    const answered = { resolve: vi.fn(), reject: vi.fn() };
    const failed = { resolve: vi.fn(), reject: vi.fn() };
    requests.call({ kind: 'snapshot', view: 'agents.list', params: {} }, answered);
    requests.call({ kind: 'snapshot', view: 'agents.list', params: {} }, failed);
    requests.settle({ kind: 'result', id: 1, value: 'one' });
    requests.settle({ kind: 'result', id: 1, value: 'again' });
    requests.failAll(new DisposedError());
    requests.failAll(new DisposedError());
    requests.settle({ kind: 'result', id: 2, value: 'late' });
    expect(answered.resolve).toHaveBeenCalledTimes(1);
    expect(answered.reject).not.toHaveBeenCalled();
    expect(failed.reject).toHaveBeenCalledTimes(1);
    expect(failed.resolve).not.toHaveBeenCalled();
  });

  it("puts a big snapshot's parts back in front of its result's rows, in order, keeping the result's seq", async () => {
    const requests = createRequests(createFakeChannel());
    const snapshot = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'part', id: 1, rows: [1, 2], total: 5 });
    requests.settle({ kind: 'part', id: 1, rows: [3], total: 5 });
    requests.settle({ kind: 'result', id: 1, value: { seq: 9, data: [4, 5] } });
    await expect(snapshot).resolves.toEqual({ seq: 9, data: [1, 2, 3, 4, 5] });
    // The parts were the request's: a later request with no parts gets its result as sent.
    const next = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'result', id: 2, value: { seq: 10, data: [6] } });
    await expect(next).resolves.toEqual({ seq: 10, data: [6] });
  });

  it('drops parts nobody waits for, and forgets parts when their request fails or the connection drops', async () => {
    const requests = createRequests(createFakeChannel());
    requests.settle({ kind: 'part', id: 1, rows: ['stray'], total: 2 }); // no request 1 yet: dropped
    const first = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'result', id: 1, value: { seq: 1, data: ['own'] } });
    await expect(first).resolves.toEqual({ seq: 1, data: ['own'] });
    const refused = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'part', id: 2, rows: ['a'], total: 2 });
    requests.settle({ kind: 'error', id: 2, error: { code: 'FORBIDDEN', message: 'no' } });
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const dropped = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'part', id: 3, rows: ['b'], total: 2 });
    requests.failAll(new DisposedError('dropped'));
    await expect(dropped).rejects.toMatchObject({ code: 'DISPOSED' });
    const clean = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'result', id: 4, value: { seq: 1, data: ['c'] } });
    await expect(clean).resolves.toEqual({ seq: 1, data: ['c'] });
  });

  it('refuses, as a protocol error, a result without rows after parts, and a snapshot a part of which never came', async () => {
    const requests = createRequests(createFakeChannel());
    const snapshot = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'part', id: 1, rows: [1], total: 3 });
    requests.settle({ kind: 'result', id: 1, value: { seq: 2, data: 'not rows' } });
    await expect(snapshot).rejects.toMatchObject({ code: 'PROTOCOL', message: 'A snapshot sent in parts ended without rows' });
    const short = requests.request({ kind: 'snapshot', view: 'agents.list', params: {} });
    requests.settle({ kind: 'part', id: 2, rows: [1, 2], total: 7 }); // the next part, rows 3 and 4, was lost
    requests.settle({ kind: 'result', id: 2, value: { seq: 2, data: [5, 6, 7] } });
    await expect(short).rejects.toMatchObject({ code: 'PROTOCOL', message: 'A snapshot sent in parts arrived with 5 of its 7 rows' });
  });
});

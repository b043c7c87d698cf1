/**
 * Sign-in across reconnects: the chosen user is signed in again on each new connection, callers who asked while
 * disconnected wait for that, a refused user is forgotten (and its waiters told), a dropped connection is not.
 */
import { describe, expect, it, vi } from 'vitest';
import { DisposedError, NotFoundError, type Session } from '../../../../src/shared/contract';
import type { Requests } from '../../../../src/renderer/src/sync/createRequests';
import { createSignIn } from '../../../../src/renderer/src/sync/createSignIn';

const bob: Session = { userId: 'bob', userName: 'Bob', orgId: 'acme', orgName: 'Acme Corp' };

function fakeRequests() {
  const asked: { frame: unknown; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const requests = {
    request: (frame: unknown) => new Promise((resolve, reject) => asked.push({ frame, resolve, reject })),
  } as unknown as Requests;
  return { requests, asked };
}

describe('createSignIn', () => {
  it('signs in at once when connected, telling the session to its owner', async () => {
    const { requests, asked } = fakeRequests();
    const onSession = vi.fn();
    const signIn = createSignIn(requests, onSession);
    expect(signIn.user).toBeNull();
    await expect(signIn.renew()).resolves.toBeNull(); // nobody chosen yet: nothing to renew
    const done = signIn.request('bob', true);
    expect(signIn.user).toBe('bob');
    expect(asked.map((a) => a.frame)).toEqual([{ kind: 'command', name: 'session.signIn', input: { user: 'bob' } }]);
    asked[0]!.resolve(bob);
    await expect(done).resolves.toEqual(bob);
    expect(onSession).toHaveBeenCalledWith(bob);
  });

  it('makes a caller who asked while disconnected wait for the renew on the next connection', async () => {
    const { requests, asked } = fakeRequests();
    const signIn = createSignIn(requests, () => {});
    const waiting = signIn.request('bob', false);
    const also = signIn.request('bob', false);
    expect(asked).toHaveLength(0);
    const renewed = signIn.renew();
    asked[0]!.resolve(bob);
    await expect(renewed).resolves.toEqual(bob);
    await expect(waiting).resolves.toEqual(bob);
    await expect(also).resolves.toEqual(bob);
  });

  it('forgets a refused user and tells its waiters; keeps the user through a dropped connection', async () => {
    const { requests, asked } = fakeRequests();
    const signIn = createSignIn(requests, () => {});
    const waiting = signIn.request('mallory', false);
    const first = signIn.renew();
    asked[0]!.reject(new DisposedError());
    await expect(first).rejects.toMatchObject({ code: 'DISPOSED' });
    expect(signIn.user).toBe('mallory'); // the connection dropped: try again on the next one

    const second = signIn.renew();
    asked[1]!.reject(new NotFoundError('no such user'));
    await expect(second).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(waiting).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(signIn.user).toBeNull();
  });

  it('fails waiters with DISPOSED on dispose', async () => {
    const { requests } = fakeRequests();
    const signIn = createSignIn(requests, () => {});
    const waiting = signIn.request('bob', false);
    signIn.dispose();
    await expect(waiting).rejects.toBeInstanceOf(DisposedError);
  });
});

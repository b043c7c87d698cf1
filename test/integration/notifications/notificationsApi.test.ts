/** The notifications REST API: 201 for stored types, 202 for pushed ones, a user's list and marks, 404 across organizations, 400 writing nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('notifications REST API', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  const call = (org: string, method: string, path: string, body?: unknown) => t.call<Record<string, unknown>>(org, method, path, body);

  it('sends, lists and marks read', async () => {
    const stored = await call('acme', 'POST', '/api/notifications', { user: 'bob', type: 'alert', title: 'Disk almost full', link: '#/agents' });
    expect(stored).toMatchObject({ status: 201, json: { userId: 'bob', type: 'alert', title: 'Disk almost full', readAt: null, createdBy: 'api:acme' } });
    expect(await call('acme', 'POST', '/api/notifications', { user: 'bob', type: 'toast', title: 'Saved' })).toEqual({ status: 202, json: { pushed: true } });
    await call('acme', 'POST', '/api/notifications', { user: 'bob', type: 'activity', title: 'Second' });

    const list = await call('acme', 'GET', '/api/users/bob/notifications');
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({ unreadCount: 2, items: [{ title: 'Second' }, { title: 'Disk almost full' }] });

    expect(await call('acme', 'POST', `/api/users/bob/notifications/${String(stored.json.id)}/read`)).toMatchObject({ status: 200, json: { unreadCount: 1 } });
    expect(await call('acme', 'POST', '/api/users/bob/notifications/read-all')).toMatchObject({ status: 200, json: { unreadCount: 0 } });
  });

  it('answers 404 for another organization’s user and 400 for bad input, writing nothing', async () => {
    const head = t.app.kernel.log.head();
    expect((await call('globex', 'GET', '/api/users/bob/notifications')).status).toBe(404);
    expect((await call('globex', 'POST', '/api/notifications', { user: 'bob', type: 'alert', title: 'x' })).status).toBe(404);
    const bad = await call('acme', 'POST', '/api/notifications', { user: 'bob', type: 'alert', title: '', link: 'https://evil.example' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(t.app.kernel.log.head()).toBe(head);
  });
});

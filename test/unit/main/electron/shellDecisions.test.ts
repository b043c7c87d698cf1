/**
 * The Electron shell's decisions, without Electron: what the tray badge says, how the badge is drawn, which
 * notification events become native notifications and where their click goes, and which window it brings forward.
 */
import { describe, expect, it } from 'vitest';
import type { Notification, UserNotificationsEvent } from '../../../../src/shared/contract';
import { alertNotice, INBOX_ROUTE, isToldAsAlert, routeOf } from '../../../../src/main/electron/alertNotice';
import { badgeBox, drawBadge } from '../../../../src/main/electron/drawBadge';
import { pickWindow } from '../../../../src/main/electron/pickWindow';
import { badgeText, trayBadge } from '../../../../src/main/electron/trayBadge';

const notification = (over: Partial<Notification> = {}): Notification => ({
  id: 1,
  userId: 'bob',
  orgId: 'acme',
  type: 'alert',
  title: 'Build failed',
  body: 'nightly #12 exited with 2',
  link: '#/runs/12',
  createdAt: '2026-01-01T00:00:00.000Z',
  readAt: null,
  expiresAt: null,
  createdBy: 'system:jobs',
  ...over,
});
const created = (over: Partial<Notification> = {}): UserNotificationsEvent => ({ type: 'notification_created', payload: { notification: notification(over), unreadCount: 1 } });

describe('tray badge', () => {
  it('totals the unread of every user with a window open and lists each in the tooltip', () => {
    expect(trayBadge([{ userId: 'bob', unread: 3 }, { userId: 'alice', unread: 0 }])).toEqual({ count: 3, text: '3', tooltip: 'Switchboard — bob: 3, alice: 0' });
    expect(trayBadge([])).toEqual({ count: 0, text: '', tooltip: 'Switchboard' });
    expect(trayBadge([{ userId: 'bob', unread: 60 }, { userId: 'carol', unread: 40 }]).text).toBe('99+');
  });

  it('says nothing at 0, the number up to 99 and 99+ above', () => {
    expect([0, -1, 1, 99, 100, 5000].map(badgeText)).toEqual(['', '', '1', '99', '99+', '99+']);
  });
});

describe('drawBadge', () => {
  const size = 16;
  const blank = () => new Uint8Array(size * size * 4);
  const pixel = (pixels: Uint8Array, x: number, y: number) => [...pixels.slice((y * size + x) * 4, (y * size + x) * 4 + 4)];

  it('draws nothing for no text, and never changes the icon it was given', () => {
    const icon = blank().fill(7);
    expect(drawBadge(icon, size, size, '')).toEqual(icon);
    drawBadge(icon, size, size, '3');
    expect(icon.every((b) => b === 7)).toBe(true);
  });

  it('puts a red pill bottom right with white digits, leaving the rest of the icon alone (BGRA)', () => {
    const out = drawBadge(blank(), size, size, '7');
    const box = badgeBox(size, size, '7');
    expect(box).toEqual({ x: 7, y: 7, w: 9, h: 9 });
    // The pill's middle edge is red: B, G, R, A.
    expect(pixel(out, box.x, box.y + 4)).toEqual([0x1e, 0x26, 0xd7, 0xff]);
    // Its corner is outside the rounding: untouched.
    expect(pixel(out, box.x, box.y)).toEqual([0, 0, 0, 0]);
    // Top-left of the icon: untouched.
    expect(pixel(out, 0, 0)).toEqual([0, 0, 0, 0]);
    // The 7's top bar is white.
    const white = [...Array(size * size).keys()].filter((i) => out[i * 4] === 0xff && out[i * 4 + 2] === 0xff).length;
    expect(white).toBe(7);
  });

  it('fits 99+ inside the icon and writes RGBA when asked', () => {
    const box = badgeBox(size, size, '99+');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.w).toBeLessThanOrEqual(size);
    const out = drawBadge(blank(), size, size, '99+', 'rgba');
    expect(pixel(out, box.x + Math.floor(box.w / 2), box.y)).toEqual([0xd7, 0x26, 0x1e, 0xff]);
  });
});

describe('alert notices', () => {
  it('shows an alert created for the user while no window of theirs has focus, opening its link', () => {
    expect(alertNotice('bob', created(), undefined)).toEqual({ userId: 'bob', title: 'Build failed', body: 'nightly #12 exited with 2', route: '#/runs/12' });
    expect(alertNotice('bob', created(), 'alice')).not.toBeNull();
  });

  it("stays quiet while one of the user's windows has focus, and for anything but a created alert", () => {
    expect(alertNotice('bob', created(), 'bob')).toBeNull();
    expect(alertNotice('bob', created({ type: 'activity' }), undefined)).toBeNull();
    expect(alertNotice('bob', created({ type: 'system' }), undefined)).toBeNull();
    expect(alertNotice('bob', { type: 'notification_read', payload: { id: 1, readAt: 'x', unreadCount: 0 } }, undefined)).toBeNull();
    expect(alertNotice('bob', { type: 'notification_pushed', payload: { notification: { type: 'toast', title: 't', body: null, link: null, level: 'error', at: 'x' } } }, undefined)).toBeNull();
    // Never someone else's alert, whatever topic it came on.
    expect(alertNotice('alice', created(), undefined)).toBeNull();
  });

  it('opens the inbox for an alert without an in-app link', () => {
    expect(alertNotice('bob', created({ link: null, body: null }), undefined)).toMatchObject({ body: '', route: INBOX_ROUTE });
    expect(routeOf('#/cases/7')).toBe('#/cases/7');
    for (const link of ['https://evil.example', "#/x';alert(1)//", 'javascript:alert(1)', '', null, undefined]) expect(routeOf(link)).toBe(INBOX_ROUTE);
  });
});

describe('failed builds', () => {
  it('leave their notice to the alert when whoever scheduled them has a window open', () => {
    const open = new Set(['bob', 'alice']);
    expect(isToldAsAlert('user:bob', open)).toBe(true);
    expect(isToldAsAlert('user:carol', open)).toBe(false);
    // Scheduled through the API or by the app: nobody is alerted, so the build's own notice stays.
    expect(isToldAsAlert('api:acme', open)).toBe(false);
    expect(isToldAsAlert('system:scheduler', new Set(['scheduler']))).toBe(false);
  });
});

describe('pickWindow', () => {
  it("brings forward the user's window focused last, the newest if none was, or none", () => {
    const windows = [
      { id: 1, userId: 'bob', focusedAt: 200 },
      { id: 2, userId: 'alice', focusedAt: 900 },
      { id: 3, userId: 'bob', focusedAt: 100 },
      { id: 4, userId: undefined, focusedAt: 1000 },
    ];
    expect(pickWindow(windows, 'bob')).toBe(1);
    expect(pickWindow(windows, 'alice')).toBe(2);
    expect(pickWindow(windows, 'carol')).toBeUndefined();
    expect(pickWindow([{ id: 5, userId: 'bob', focusedAt: 0 }, { id: 6, userId: 'bob', focusedAt: 0 }], 'bob')).toBe(6);
  });
});

/** The window title names the view and the user, with room for the unread count in front. */
import { describe, expect, it } from 'vitest';
import { formatWindowTitle } from '../../../../src/renderer/src/app/frame/formatWindowTitle';

describe('formatWindowTitle', () => {
  it('reads view — Switchboard — user, leaving out what is not known', () => {
    expect(formatWindowTitle({ view: 'Agents', user: 'bob' })).toBe('Agents — Switchboard — bob');
    expect(formatWindowTitle({ user: 'bob' })).toBe('Switchboard — bob');
    expect(formatWindowTitle({})).toBe('Switchboard');
  });

  it('puts an unread count in front, and only when there is one', () => {
    expect(formatWindowTitle({ view: 'Inbox', user: 'bob', unread: 3 })).toBe('(3) Inbox — Switchboard — bob');
    expect(formatWindowTitle({ view: 'Inbox', user: 'bob', unread: 0 })).toBe('Inbox — Switchboard — bob');
  });
});

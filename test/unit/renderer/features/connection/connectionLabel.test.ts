/** The words for the connection: the badge, the quiet announcement, and why writes are off while not Live. */
import { describe, expect, it } from 'vitest';
import { connectionAnnouncement, connectionLabel, writeBlockedReason } from '../../../../../src/renderer/src/features/connection/connectionLabel';

describe('connection words', () => {
  it('labels the badge, counting attempts only while reconnecting', () => {
    expect(connectionLabel('live', 0)).toBe('Live');
    expect(connectionLabel('reconnecting', 3)).toBe('Reconnecting… (attempt 3)');
    expect(connectionLabel('offline', 8)).toBe('Offline');
    expect(connectionLabel('closed', 0)).toBe('Offline');
    expect(connectionAnnouncement('reconnecting')).toBe('Connection Reconnecting');
  });

  it('says why writes are off whenever the window is not Live', () => {
    expect(writeBlockedReason('live')).toBeUndefined();
    expect(writeBlockedReason('offline')).toBe("Offline: changes can't be saved until Switchboard reconnects");
    expect(writeBlockedReason('closed')).toMatch(/^Offline:/);
    expect(writeBlockedReason('reconnecting')).toBe("Reconnecting: changes can't be saved until Switchboard reconnects");
    expect(writeBlockedReason('connecting')).toMatch(/^Reconnecting:/);
  });
});

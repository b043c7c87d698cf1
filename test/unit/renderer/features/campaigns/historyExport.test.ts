/** The audit trail's CSV quotes fields with commas, quotes and line breaks (RFC 4180); the JSON keeps the entries as given. */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../../src/shared/contract';
import { csvField, historyToCsv, historyToJson } from '../../../../../src/renderer/src/features/campaigns/historyExport';

const entries: AuditEntry[] = [
  { seq: 4, at: '2026-11-27T10:00:00.000Z', type: 'campaign_created', actor: 'alice', changed: ['name', 'targetSize'], values: { name: 'Spring, "big" sale', targetSize: 20000 } },
  { seq: 9, at: '2026-11-27T10:00:05.000Z', type: 'campaign_updated', actor: 'system', changed: ['status'], values: { status: 'active' } },
];

describe('history export', () => {
  it('quotes only what needs quoting, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and one row per entry', () => {
    const csv = historyToCsv(entries);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('seq,at,type,actor,changed,values');
    expect(lines[1]).toBe('4,2026-11-27T10:00:00.000Z,campaign_created,alice,name;targetSize,"{""name"":""Spring, \\""big\\"" sale"",""targetSize"":20000}"');
    expect(lines[2]).toBe('9,2026-11-27T10:00:05.000Z,campaign_updated,system,status,"{""status"":""active""}"');
    expect(lines).toHaveLength(4);
  });

  it('keeps the entries as JSON', () => {
    expect(JSON.parse(historyToJson(7, entries))).toEqual({ campaignId: 7, entries });
  });
});

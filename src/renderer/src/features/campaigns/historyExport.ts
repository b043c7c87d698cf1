/**
 * A campaign's audit trail as files: CSV (one row per event: seq, time, event, actor, changed fields, values as
 * JSON; RFC 4180 quoting) and JSON (the entries as the view gives them). Pure; the view downloads the text.
 */
import type { AuditEntry } from '../../../../shared/contract';

const columns = ['seq', 'at', 'type', 'actor', 'changed', 'values'] as const;

/** A CSV field: quoted when it holds a comma, quote, or line break, with inner quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function historyToCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [String(e.seq), e.at, e.type, e.actor, e.changed.join(';'), JSON.stringify(e.values)].map(csvField).join(','));
  return [columns.join(','), ...rows].join('\r\n') + '\r\n';
}

export function historyToJson(campaignId: number, entries: readonly AuditEntry[]): string {
  return JSON.stringify({ campaignId, entries }, null, 2) + '\n';
}

/** Cases for renderer tests: `kase(7)` is HSE-007, synced at second 7 of the test's clock unless told otherwise. */
import type { Case } from '../../../../../src/shared/contract';

export function kase(id: number, overrides: Partial<Case> = {}): Case {
  const at = new Date(Date.UTC(2026, 0, 1, 12, 0, id % 60, Math.floor(id / 60))).toISOString();
  return {
    id,
    orgId: 'acme',
    reference: `HSE-${String(id).padStart(3, '0')}`,
    offender: `Offender ${id} Ltd`,
    address: `${id} High Street`,
    offenceDate: '2024-02-01',
    offence: 'Breach',
    regulator: 'HSE',
    fine: 1000 + id + 0.5,
    costs: 250,
    firstSeenAt: at,
    lastSyncedAt: at,
    sourceId: 1,
    ...overrides,
  };
}

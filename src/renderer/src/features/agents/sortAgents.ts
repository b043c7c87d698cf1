/**
 * Sorting and filtering of the agents table. Sorting uses the committed state, not the optimistic one, so a row
 * does not jump away from under the pointer the moment its button is clicked.
 */
import type { Agent } from '../../../../shared/contract';

export type AgentSortKey = 'hostname' | 'state' | 'updatedAt';
export interface AgentSort {
  key: AgentSortKey;
  dir: 'asc' | 'desc';
}

// Numeric collation, so build-2 sorts before build-10 as people expect.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byHostname = (a: Agent, b: Agent) => collator.compare(a.hostname, b.hostname) || a.uuid.localeCompare(b.uuid);

const compare: Record<AgentSortKey, (a: Agent, b: Agent) => number> = {
  hostname: byHostname,
  state: (a, b) => Number(b.enabled) - Number(a.enabled) || byHostname(a, b),
  updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byHostname(a, b),
};

export function sortAgents(agents: readonly Agent[], filter: string, sort: AgentSort): Agent[] {
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? agents.filter((a) => a.hostname.toLowerCase().includes(needle) || (a.os ?? '').toLowerCase().includes(needle) || (a.ipAddress ?? '').includes(needle))
    : [...agents];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return shown.sort((a, b) => sign * compare[sort.key](a, b));
}

/** Clicking the sorted column flips it; another column starts in its natural direction (newest change first). */
export function nextSort(current: AgentSort, key: AgentSortKey): AgentSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'updatedAt' ? 'desc' : 'asc' };
}

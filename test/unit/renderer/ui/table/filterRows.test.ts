/** The filter rule and the count text beside the filter box. */
import { describe, expect, it } from 'vitest';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { filterCountText } from '../../../../../src/renderer/src/ui/table/filterCountText';
import { filterRows, rowMatcher, toNeedle } from '../../../../../src/renderer/src/ui/table/filterRows';

interface Agent {
  hostname: string;
  os: string | null;
  cpus: number;
  enabled: boolean;
}
const agents: Agent[] = [
  { hostname: 'build-01', os: 'Linux', cpus: 8, enabled: true },
  { hostname: 'mac-mini', os: 'macOS', cpus: 10, enabled: false },
  { hostname: 'win-box', os: null, cpus: 4, enabled: true },
];
const columns: DataColumn<Agent>[] = [
  { id: 'hostname', header: 'Hostname', sortValue: (a) => a.hostname },
  { id: 'os', header: 'OS', sortValue: (a) => a.os, filterText: (a) => a.os },
  { id: 'cpus', header: 'CPUs', sortValue: (a) => a.cpus },
  { id: 'enabled', header: 'State', sortValue: (a) => a.enabled },
];
const noun = { one: 'agent', other: 'agents' };

describe('filterRows', () => {
  const matches = rowMatcher(columns);
  const hosts = (filter: string) => filterRows(agents, filter, matches).map((a) => a.hostname);

  it('keeps every row for a blank filter, the same array', () => {
    expect(filterRows(agents, '  ', matches)).toBe(agents);
  });

  it('searches filterText and text or number sort values, trimmed and ignoring case', () => {
    expect(hosts(' LINUX ')).toEqual(['build-01']);
    expect(hosts('mac')).toEqual(['mac-mini']);
    expect(hosts('10')).toEqual(['mac-mini']);
    expect(hosts('true')).toEqual([]);
  });

  it('uses a caller matcher with the needle already normalized', () => {
    const seen: string[] = [];
    filterRows(agents, ' Win ', (a, needle) => (seen.push(needle), a.hostname.startsWith(needle)));
    expect(seen).toEqual(['win', 'win', 'win']);
    expect(toNeedle(' Win ')).toBe('win');
  });
});

describe('filterCountText', () => {
  it('reads "n of total" while filtering and just the total otherwise', () => {
    expect(filterCountText(1, 5, 'bu', noun)).toBe('1 of 5 agents');
    expect(filterCountText(5, 5, '', noun)).toBe('5 agents');
    expect(filterCountText(5, 5, '   ', noun)).toBe('5 agents');
  });

  it('agrees with the total', () => {
    expect(filterCountText(1, 1, '', noun)).toBe('1 agent');
    expect(filterCountText(0, 1, 'x', noun)).toBe('0 of 1 agent');
    expect(filterCountText(0, 0, '', noun)).toBe('0 agents');
  });

  it('groups large counts the way the user reads numbers', () => {
    expect(filterCountText(12, 10_000, 'b', noun)).toBe(`12 of ${(10_000).toLocaleString()} agents`);
  });
});

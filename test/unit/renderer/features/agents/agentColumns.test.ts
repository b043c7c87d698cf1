/**
 * The agents table's pure parts: the column list (order, widths, which sort), each column's order, the filter
 * rule and count, the rows' optimistic attributes, and the held-jobs selector that spares the table re-renders.
 */
import { describe, expect, it } from 'vitest';
import type { Agent } from '../../../../../src/shared/contract';
import { agentColumnIds, agentColumns } from '../../../../../src/renderer/src/features/agents/agentColumns';
import { agentNoun, matchesAgent } from '../../../../../src/renderer/src/features/agents/agentFilter';
import { agentRowProps, shownState } from '../../../../../src/renderer/src/features/agents/agentRowProps';
import { createHeldJobsSelector } from '../../../../../src/renderer/src/features/agents/useHeldJobs';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { compareValues } from '../../../../../src/renderer/src/ui/table/compareValues';
import { filterCountText } from '../../../../../src/renderer/src/ui/table/filterCountText';
import { filterRows } from '../../../../../src/renderer/src/ui/table/filterRows';
import { agent, job } from './agentFixtures';

const minutesAgo = (m: number) => new Date(Date.parse('2025-03-01T12:00:00.000Z') - m * 60_000).toISOString();
const web2 = agent('web-2', { os: 'Linux', ipAddress: '10.0.0.2', lastContactAt: minutesAgo(1) });
const web10 = agent('web-10', { os: 'macOS', ipAddress: '10.0.0.10', enabled: false, lastContactAt: minutesAgo(0) });
const db = agent('db-1', { os: null, lastContactAt: null });
const lost = agent('old-1', { os: 'Windows', lastContactAt: minutesAgo(60) });
const agents = [web2, web10, db, lost];
const held = new Map([[lost.uuid, job(9, { status: 'building', agentUuid: lost.uuid, runId: 90 })]]);
const columns = agentColumns(held);

/** The ascending order a column gives, as DataTable sorts it (ties by row id aside). */
function sortedBy(id: string, rows: readonly Agent[] = agents): string[] {
  const column: DataColumn<Agent> | undefined = columns.find((c) => c.id === id);
  if (!column) throw new Error(`no column ${id}`);
  const { compare, sortValue } = column;
  const cmp = compare ?? ((a: Agent, b: Agent) => compareValues(sortValue?.(a), sortValue?.(b)));
  return [...rows].sort(cmp).map((a) => a.hostname);
}

describe('agentColumns', () => {
  it('lists the columns in the order agents.css counts on, every one sortable but the actions', () => {
    expect(columns.map((c) => c.id)).toEqual([...agentColumnIds]);
    const sortable = columns.filter((c) => c.compare || c.sortValue).map((c) => c.id);
    expect(sortable).toEqual(agentColumnIds.filter((id) => id !== 'actions'));
  });

  it('gives every column but the hostname a fixed width, so nothing jumps when cells change', () => {
    expect(columns.filter((c) => c.width === undefined).map((c) => c.id)).toEqual(['hostname']);
    expect(columns.find((c) => c.id === 'hostname')?.rowHeader).toBe(true);
  });

  it('sorts hostnames as people read them, and blanks last', () => {
    expect(sortedBy('hostname')).toEqual(['db-1', 'old-1', 'web-2', 'web-10']);
    expect(sortedBy('os')).toEqual(['web-2', 'web-10', 'old-1', 'db-1']);
    expect(sortedBy('ip').slice(0, 2)).toEqual(['web-2', 'web-10']);
  });

  it('sorts enabled agents first by state', () => {
    expect(sortedBy('state')).toEqual(['db-1', 'old-1', 'web-2', 'web-10']);
  });

  it('sorts activity with no clock: holding a job first, then by latest contact, never seen last', () => {
    expect(sortedBy('activity')).toEqual(['old-1', 'web-10', 'web-2', 'db-1']);
  });

  it('sorts last seen by time, newest first on the first click, never seen last', () => {
    const lastSeen = columns.find((c) => c.id === 'lastSeen');
    expect(lastSeen?.firstDir).toBe('desc');
    expect(sortedBy('lastSeen')).toEqual(['old-1', 'web-2', 'web-10', 'db-1']);
    expect(lastSeen?.sortValue?.(db)).toBeNull();
  });
});

describe('the agents filter', () => {
  const shown = (filter: string) => filterRows(agents, filter, matchesAgent).map((a) => a.hostname);

  it('matches hostname, OS or IP address, case ignored', () => {
    expect(shown('WEB')).toEqual(['web-2', 'web-10']);
    expect(shown('macos')).toEqual(['web-10']);
    expect(shown('10.0.0.1')).toEqual(['web-10']);
    expect(shown('  ')).toEqual(['web-2', 'web-10', 'db-1', 'old-1']);
    expect(shown('nothing')).toEqual([]);
  });

  it('counts "1 of 4 agents"', () => {
    expect(filterCountText(shown('macos').length, agents.length, 'macos', agentNoun)).toBe('1 of 4 agents');
    expect(filterCountText(1, 1, '', agentNoun)).toBe('1 agent');
  });
});

describe('agent rows', () => {
  it('show the intended state while a toggle is pending', () => {
    expect(shownState(web2, undefined)).toBe('enabled');
    expect(shownState(web2, { kind: 'disable' })).toBe('disabled');
    expect(shownState(web10, { kind: 'enable' })).toBe('enabled');
    expect(shownState(web10, { kind: 'delete' })).toBe('disabled');
  });

  it('carry the attributes tests and styles read, busy while a write is in flight', () => {
    expect(agentRowProps(web2, undefined)).toEqual({
      'data-testid': 'agent-row',
      'data-hostname': 'web-2',
      'data-uuid': web2.uuid,
      'data-state': 'enabled',
      'data-pending': undefined,
      'aria-busy': undefined,
    });
    expect(agentRowProps(web2, { kind: 'delete' })).toMatchObject({ 'data-pending': 'delete', 'aria-busy': true });
  });
});

describe('createHeldJobsSelector', () => {
  it('keeps its map while the held jobs are the same records, and changes it when one changes', () => {
    const select = createHeldJobsSelector();
    const building = job(2, { status: 'building', agentUuid: web2.uuid, runId: 20 });
    const first = select([job(3), building]);
    expect(first.get(web2.uuid)).toBe(building);
    // A new job queued: a new list, the same held jobs.
    expect(select([job(4), job(3), building])).toBe(first);
    const passed = select([job(4), job(3), { ...building, status: 'passed' }]);
    expect(passed).not.toBe(first);
    expect(passed.size).toBe(0);
    expect(select(undefined).size).toBe(0);
  });
});

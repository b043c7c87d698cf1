/**
 * sortRows against TanStack's own sorted row model (the core table with DataTable's column defs) as the oracle: the
 * same order for text, numbers and dates with blanks, booleans and a comparator column, both ways, for any rows; and the same order
 * whatever order the rows arrive in.
 */
import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { compareIds } from '../../../../../src/renderer/src/ui/table/compareValues';
import { createRowSorter, sortRows } from '../../../../../src/renderer/src/ui/table/sortRows';
import { dataTableFeatures, tableColumnDefs } from '../../../../../src/renderer/src/ui/table/tableColumnDefs';

interface Agent {
  uuid: string;
  hostname: string;
  load: number | null;
  enabled: boolean;
  seen: Date | null;
}

const columns: DataColumn<Agent>[] = [
  { id: 'hostname', header: 'Hostname', sortValue: (a) => a.hostname },
  { id: 'load', header: 'Load', sortValue: (a) => a.load, firstDir: 'desc' },
  { id: 'state', header: 'State', compare: (a, b) => Number(b.enabled) - Number(a.enabled) },
  { id: 'actions', header: 'Actions', cell: () => null },
  { id: 'enabled', header: 'Enabled', sortValue: (a) => a.enabled },
  { id: 'seen', header: 'Seen', sortValue: (a) => a.seen },
];
const idOf = (a: Agent) => a.uuid;

// The React adapter adds its own reactivity; a core table takes the store bindings instead.
const features = { ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() };

function tanstackOrder(data: Agent[], columnId: string, desc: boolean): string[] {
  const table = constructTable<typeof dataTableFeatures, Agent>({
    features,
    columns: tableColumnDefs(columns),
    data,
    getRowId: idOf,
    initialState: { sorting: [{ id: columnId, desc }] },
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  return table.getRowModel().rows.map((r) => r.original.uuid);
}

const agentArb = fc.record({
  uuid: fc.uuid(),
  hostname: fc.constantFrom('build-1', 'build-2', 'build-10', 'Build-2', 'mac', 'ärm', 'b', ''),
  load: fc.option(fc.integer({ min: -3, max: 3 })),
  enabled: fc.boolean(),
  seen: fc.option(fc.constantFrom(new Date(0), new Date(1000), new Date(5000))),
});
const agentsArb = fc.uniqueArray(agentArb, { selector: (a) => a.uuid, maxLength: 40 });

describe('sortRows', () => {
  it("orders rows as TanStack's sorted row model does, for every kind of column and both directions", () => {
    fc.assert(
      fc.property(agentsArb, fc.constantFrom('hostname', 'load', 'state', 'enabled', 'seen'), fc.boolean(), (agents, columnId, desc) => {
        // TanStack keeps blanks in arrival order; arriving in id order, they are in id order there too.
        const arrived = [...agents].sort((a, b) => compareIds(a.uuid, b.uuid));
        const sorted = sortRows(arrived, columns.find((c) => c.id === columnId), desc, idOf);
        expect(sorted.ids).toEqual(tanstackOrder(arrived, columnId, desc));
        expect(sorted.rows.map(idOf)).toEqual(sorted.ids);
      }),
    );
  });

  it('gives the same order whatever order the rows arrive in, blanks included', () => {
    fc.assert(
      fc.property(agentsArb, fc.constantFrom('hostname', 'load', 'state', 'enabled', 'seen'), fc.boolean(), (agents, columnId, desc) => {
        const column = columns.find((c) => c.id === columnId);
        expect(sortRows([...agents].reverse(), column, desc, idOf).ids).toEqual(sortRows(agents, column, desc, idOf).ids);
      }),
    );
  });

  it('keeps the rows as they are for a column that does not sort, or none', () => {
    const agents: Agent[] = [
      { uuid: 'b', hostname: 'x', load: 1, enabled: true, seen: null },
      { uuid: 'a', hostname: 'y', load: 2, enabled: false, seen: null },
    ];
    expect(sortRows(agents, columns[3], false, idOf)).toEqual({ rows: agents, ids: ['b', 'a'] });
    expect(sortRows(agents, undefined, true, idOf).ids).toEqual(['b', 'a']);
  });
});

describe('createRowSorter', () => {
  const columnIds = fc.constantFrom('hostname', 'load', 'state', 'enabled', 'seen', 'actions');
  // A live view's update: some rows replaced by changed copies (same id, same place), none moved.
  const changes = fc.array(fc.record({ at: fc.nat(), load: fc.option(fc.integer({ min: -3, max: 3 })), enabled: fc.boolean(), hostname: fc.constantFrom('build-1', 'build-10', 'mac') }), {
    maxLength: 4,
  });

  it('answers what sortRows does through any series of in-place updates', () => {
    fc.assert(
      fc.property(agentsArb, columnIds, fc.boolean(), fc.array(changes, { maxLength: 5 }), (agents, columnId, desc, updates) => {
        const column = columns.find((c) => c.id === columnId);
        const sort = createRowSorter<Agent>();
        let rows = agents;
        expect(sort(rows, column, desc, idOf)).toEqual(sortRows(rows, column, desc, idOf));
        for (const update of updates) {
          const next = [...rows];
          for (const { at, ...change } of update) if (next.length > 0) next[at % next.length] = { ...next[at % next.length]!, ...change };
          rows = next;
          expect(sort(rows, column, desc, idOf)).toEqual(sortRows(rows, column, desc, idOf));
        }
      }),
    );
  });

  it('keeps the very same ids when an update moves no row, and sorts afresh when one moves', () => {
    const agents: Agent[] = ['a', 'b', 'c'].map((uuid, i) => ({ uuid, hostname: `build-${i + 1}`, load: i, enabled: true, seen: null }));
    const load = columns[1];
    const sort = createRowSorter<Agent>();
    const first = sort(agents, load, false, idOf);
    const stayed = sort([agents[0]!, { ...agents[1]!, load: 1.5 }, agents[2]!], load, false, idOf);
    expect(stayed.ids).toBe(first.ids);
    expect(stayed.rows[1]!.load).toBe(1.5);
    const moved = sort([agents[0]!, { ...agents[1]!, load: 9 }, agents[2]!], load, false, idOf);
    expect(moved.ids).toEqual(['a', 'c', 'b']);
    // Another column, a row added or one replaced by another id: sorted afresh, not taken from memory.
    expect(sort([...agents, { ...agents[0]!, uuid: 'd' }], load, false, idOf).ids).toEqual(['a', 'd', 'b', 'c']);
    expect(sort([{ ...agents[0]!, uuid: 'z', load: 5 }, agents[1]!, agents[2]!], load, false, idOf).ids).toEqual(['b', 'c', 'z']);
    expect(sort(agents, load, true, idOf).ids).toEqual(['c', 'b', 'a']);
    // A row in the same place under another id, where the order would still hold.
    sort(agents, load, false, idOf);
    expect(sort([{ ...agents[0]!, uuid: 'y' }, agents[1]!, agents[2]!], load, false, idOf).ids).toEqual(['y', 'b', 'c']);
  });
});

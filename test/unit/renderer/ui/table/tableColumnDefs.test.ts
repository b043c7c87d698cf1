/**
 * Sorting through TanStack Table with the DataTable's features and column defs (core table, no React): the click
 * cycle, both directions, blanks last in both, and ties broken by row id whatever the input order.
 */
import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { describe, expect, it } from 'vitest';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { dataTableFeatures, tableColumnDefs } from '../../../../../src/renderer/src/ui/table/tableColumnDefs';

interface Agent {
  uuid: string;
  hostname: string;
  load: number | null;
  enabled: boolean;
}

const columns: DataColumn<Agent>[] = [
  { id: 'hostname', header: 'Hostname', sortValue: (a) => a.hostname },
  { id: 'load', header: 'Load', sortValue: (a) => a.load, firstDir: 'desc' },
  // Enabled first: an order a single ascending value does not give.
  { id: 'state', header: 'State', compare: (a, b) => Number(b.enabled) - Number(a.enabled) },
  { id: 'actions', header: 'Actions', cell: () => null },
];

const agents: Agent[] = [
  { uuid: 'u3', hostname: 'build-10', load: 2, enabled: true },
  { uuid: 'u1', hostname: 'build-2', load: null, enabled: false },
  { uuid: 'u4', hostname: 'build-1', load: 2, enabled: false },
  { uuid: 'u2', hostname: 'build-3', load: 5, enabled: true },
];

// The React adapter adds its own reactivity; a core table takes the store bindings instead.
const features = { ...dataTableFeatures, coreReactivityFeature: storeReactivityBindings() };

function tableOf(data: Agent[]) {
  return constructTable<typeof dataTableFeatures, Agent>({
    features,
    columns: tableColumnDefs(columns),
    data,
    getRowId: (a) => a.uuid,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
}

const order = (table: ReturnType<typeof tableOf>) => table.getRowModel().rows.map((r) => r.original.uuid);

describe('tableColumnDefs', () => {
  it('sorts text ascending on the first click and flips on the next, never back to unsorted', () => {
    const table = tableOf(agents);
    const hostname = table.getColumn('hostname')!;
    hostname.toggleSorting();
    expect(hostname.getIsSorted()).toBe('asc');
    expect(order(table)).toEqual(['u4', 'u1', 'u2', 'u3']);
    hostname.toggleSorting();
    expect(hostname.getIsSorted()).toBe('desc');
    expect(order(table)).toEqual(['u3', 'u2', 'u1', 'u4']);
    hostname.toggleSorting();
    expect(hostname.getIsSorted()).toBe('asc');
  });

  it('starts a firstDir desc column descending, keeps blanks last both ways and breaks ties by id', () => {
    const table = tableOf(agents);
    const load = table.getColumn('load')!;
    load.toggleSorting();
    expect(load.getIsSorted()).toBe('desc');
    // u3 and u4 tie on load 2: desc reverses the whole order, ties included, but the blank stays last.
    expect(order(table)).toEqual(['u2', 'u4', 'u3', 'u1']);
    load.toggleSorting();
    expect(order(table)).toEqual(['u3', 'u4', 'u2', 'u1']);
  });

  it('gives the same order whatever order the rows arrive in', () => {
    const forward = tableOf(agents);
    const backward = tableOf([...agents].reverse());
    for (const table of [forward, backward]) table.getColumn('state')!.toggleSorting();
    expect(order(forward)).toEqual(['u2', 'u3', 'u1', 'u4']);
    expect(order(backward)).toEqual(order(forward));
  });

  it('leaves a column without sortValue or compare unsortable', () => {
    const table = tableOf(agents);
    expect(table.getColumn('actions')!.getCanSort()).toBe(false);
    expect(table.getColumn('hostname')!.getCanSort()).toBe(true);
  });
});

// @vitest-environment happy-dom
/** The filter box (Escape clears) and the count beside it. */
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterCount } from '../../../../../src/renderer/src/ui/table/FilterCount';
import { TableFilter } from '../../../../../src/renderer/src/ui/table/TableFilter';
import { key, renderRoot, type, type Rendered } from '../renderRoot';

const hosts = ['build-01', 'build-02', 'mac-mini'];
const matches = (host: string, needle: string) => host.includes(needle);

function Toolbar() {
  const [filter, setFilter] = useState('');
  return (
    <>
      <TableFilter value={filter} onChange={setFilter} label="Filter agents" testId="filter" />
      <FilterCount rows={hosts} filter={filter} matches={matches} noun={{ one: 'agent', other: 'agents' }} testId="count" />
    </>
  );
}

describe('TableFilter and FilterCount', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  it('counts the matches while filtering and clears on Escape', () => {
    view = renderRoot(<Toolbar />);
    const input = document.querySelector<HTMLInputElement>('[data-testid="filter"]')!;
    const count = () => document.querySelector('[data-testid="count"]')?.textContent;
    expect(input.type).toBe('search');
    expect(input.getAttribute('aria-label')).toBe('Filter agents');
    expect(count()).toBe('3 agents');
    type(input, ' BUILD ');
    expect(count()).toBe('2 of 3 agents');
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(count()).toBe('3 agents');
  });
});

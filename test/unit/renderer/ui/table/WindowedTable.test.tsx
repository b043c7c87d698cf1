// @vitest-environment happy-dom
/** The windowed table rendered: a window of a server-side query, placeholders for rows on their way, the caller's sort. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { WindowedTable, type WindowedTableProps } from '../../../../../src/renderer/src/ui/table/WindowedTable';
import { fire, focus, key, renderRoot, type Rendered } from '../renderRoot';

interface Case {
  id: string;
  title: string;
  fine: number;
}

const columns: DataColumn<Case>[] = [
  { id: 'title', header: 'Title', sortValue: (c) => c.title, rowHeader: true },
  { id: 'fine', header: 'Fine', sortValue: (c) => c.fine, firstDir: 'desc', width: 120 },
  { id: 'open', header: 'Open', hideHeader: true, cell: (c) => <button type="button">Open {c.id}</button>, width: 80 },
];
const caseAt = (index: number): Case => ({ id: `c${index}`, title: `Case ${index}`, fine: index * 10 });

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.restoreAllMocks();
});

/** happy-dom has no layout: give the table's scroll wrapper the viewport a window would (20 rows of 30px). */
function viewport(height = 600) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('ui-table-scroll') ? height : 0;
  });
}

function table(props: Partial<WindowedTableProps<Case>> & { total: number; loaded?: number }) {
  const { loaded = props.total, ...rest } = props;
  return (
    <WindowedTable<Case>
      rowAt={(index) => (index < loaded ? caseAt(index) : undefined)}
      columns={columns}
      getRowId={(c) => c.id}
      sort={{ columnId: 'fine', dir: 'desc' }}
      onSort={() => {}}
      onRange={() => {}}
      noun={{ one: 'case', other: 'cases' }}
      empty="No cases yet"
      caption="Cases"
      testId="cases-table"
      {...rest}
    />
  );
}
const bodyRows = () => [...document.querySelectorAll<HTMLElement>('tbody tr.ui-table-row')];
const header = (name: string) => [...document.querySelectorAll('thead th')].find((th) => th.textContent?.includes(name))!;

describe('WindowedTable', () => {
  it('renders a window of the query, loaded rows and placeholders for those on their way, and says which rows it shows', () => {
    viewport();
    const onRange = vi.fn();
    view = renderRoot(table({ total: 100_000, loaded: 5, onRange, className: 'cases' }));
    const tableElement = document.querySelector('table')!;
    expect(tableElement.getAttribute('aria-rowcount')).toBe('100001');
    expect(tableElement.dataset.total).toBe('100000');
    expect(document.querySelector('.ui-table-scroll')?.className).toBe('ui-table-scroll cases');
    expect(document.querySelector('[data-testid="cases-table-empty"]')).toBeNull();
    const rows = bodyRows();
    // A viewport of 20 rows and 20 overscan below: a window, not 100,000 rows.
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(100);
    expect(onRange).toHaveBeenLastCalledWith(0, rows.length);
    expect(rows.slice(0, 5).map((tr) => tr.querySelector('th')?.textContent)).toEqual(['Case 0', 'Case 1', 'Case 2', 'Case 3', 'Case 4']);
    const placeholder = rows[5]!;
    expect(placeholder.className).toBe('ui-table-row ui-table-placeholder');
    expect(placeholder.getAttribute('aria-busy')).toBe('true');
    expect(placeholder.textContent).toBe('Loading…');
    expect(placeholder.querySelector('td')?.colSpan).toBe(3);
    expect(rows.map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    // The rows below the window are one spacer of their height.
    const spacers = [...document.querySelectorAll<HTMLElement>('tr.ui-table-spacer')];
    expect(spacers).toHaveLength(1);
    expect(Number.parseFloat(spacers[0]!.style.height)).toBe((100_000 - rows.length) * 30);
    // One row in the tab order.
    expect(rows.map((tr) => tr.tabIndex).filter((t) => t === 0)).toHaveLength(1);
    expect(rows[0]!.tabIndex).toBe(0);
    expect(rows[5]!.tabIndex).toBe(-1);
  });

  it("sorts through the caller: a header click asks for the other direction, or a new column's first one", () => {
    viewport();
    const onSort = vi.fn();
    view = renderRoot(table({ total: 3, onSort }));
    expect(document.querySelector('caption')?.textContent).toBe('Cases, sorted by Fine descending');
    expect(header('Fine').getAttribute('aria-sort')).toBe('descending');
    expect(header('Fine').textContent).toBe('Fine↓');
    expect(header('Title').getAttribute('aria-sort')).toBe('none');
    expect(header('Title').textContent).toBe('Title');
    expect(header('Title').querySelector('.ui-table-text')?.textContent).toBe('Title');
    expect(header('Open').getAttribute('aria-sort')).toBeNull();
    expect(header('Open').querySelector('.visually-hidden')?.textContent).toBe('Open');
    expect([...document.querySelectorAll('col')].map((c) => c.style.width)).toEqual(['', '120px', '80px']);
    fire(header('Fine').querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(onSort).toHaveBeenLastCalledWith('fine', 'asc');
    fire(header('Title').querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(onSort).toHaveBeenLastCalledWith('title', 'asc');
    view.render(table({ total: 3, onSort, sort: { columnId: 'title', dir: 'asc' } }));
    expect(document.querySelector('caption')?.textContent).toBe('Cases, sorted by Title ascending');
    expect(header('Title').textContent).toBe('Title↑');
    view.render(table({ total: 3, onSort, sort: undefined }));
    expect(document.querySelector('caption')?.textContent).toBe('Cases');
  });

  it('opens a loaded row on a click or Enter, but not from a button inside it nor a placeholder', () => {
    viewport();
    const onRowClick = vi.fn();
    view = renderRoot(table({ total: 10, loaded: 2, onRowClick }));
    expect(document.querySelector('tbody')?.className).toBe('ui-table-clickable');
    fire(bodyRows()[1]!.querySelector('td')!, new MouseEvent('click', { bubbles: true }));
    expect(onRowClick).toHaveBeenLastCalledWith(caseAt(1));
    fire(bodyRows()[1]!.querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    fire(bodyRows()[5]!.querySelector('td')!, new MouseEvent('click', { bubbles: true }));
    expect(onRowClick).toHaveBeenCalledTimes(1);
    focus(bodyRows()[0]!);
    key(bodyRows()[0]!, 'Enter');
    expect(onRowClick).toHaveBeenLastCalledWith(caseAt(0));
    key(bodyRows()[0]!.querySelector('button')!, 'Enter');
    key(bodyRows()[5]!, 'Enter');
    expect(onRowClick).toHaveBeenCalledTimes(2);
  });

  it('moves between rows with the keys, placeholders included, within the query', () => {
    viewport();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(0);
      return 0;
    });
    view = renderRoot(table({ total: 30, loaded: 3 }));
    const tabbable = () => bodyRows().findIndex((tr) => tr.tabIndex === 0);
    focus(bodyRows()[0]!);
    // The keys are the table's: the page does not scroll as well.
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    fire(bodyRows()[0]!, down);
    expect(down.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(bodyRows()[1]);
    expect(tabbable()).toBe(1);
    key(bodyRows()[1]!, 'PageDown');
    expect(document.activeElement).toBe(bodyRows()[21]);
    expect(document.activeElement?.getAttribute('aria-busy')).toBe('true');
    expect(tabbable()).toBe(21);
    key(bodyRows()[21]!, 'PageDown');
    expect(document.activeElement).toBe(bodyRows()[29]);
    key(bodyRows()[29]!, 'ArrowUp');
    expect(document.activeElement).toBe(bodyRows()[28]);
    key(bodyRows()[28]!, 'PageUp');
    key(bodyRows()[8]!, 'PageUp');
    expect(document.activeElement).toBe(bodyRows()[0]);
    // Other keys are left alone.
    const other = new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true });
    fire(bodyRows()[0]!, other);
    expect(other.defaultPrevented).toBe(false);
  });

  it('says what would fill an empty query, and scrolls back to the top when the query changes', () => {
    viewport();
    view = renderRoot(table({ total: 0 }));
    const empty = document.querySelector<HTMLElement>('[data-testid="cases-table-empty"]');
    expect(empty?.textContent).toBe('No cases yet');
    expect(bodyRows()).toEqual([]);
    view.render(table({ total: 0, empty: undefined }));
    expect(document.querySelector('[data-testid="cases-table-empty"]')?.textContent).toBe('No cases.');
    const scrollTo = vi.fn();
    document.querySelector<HTMLElement>('.ui-table-scroll')!.scrollTo = scrollTo;
    view.render(table({ total: 50, resetKey: 'q1' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    scrollTo.mockClear();
    view.render(table({ total: 60, resetKey: 'q1' }));
    expect(scrollTo).not.toHaveBeenCalled();
    view.render(table({ total: 60, resetKey: 'q2' }));
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment happy-dom
/** The DataTable rendered: real table markup, sorting, empty states, virtualization, keys, flashes, hover freeze. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataColumn } from '../../../../../src/renderer/src/ui/table/DataColumn';
import { DataTable, type DataTableProps } from '../../../../../src/renderer/src/ui/table/DataTable';
import { act } from 'react';
import { fire, focus, key, renderRoot, type Rendered } from '../renderRoot';

interface Agent {
  uuid: string;
  hostname: string;
  os: string | null;
  updatedAt: string;
}

const columns: DataColumn<Agent>[] = [
  { id: 'hostname', header: 'Hostname', sortValue: (a) => a.hostname, rowHeader: true },
  { id: 'os', header: 'OS', sortValue: (a) => a.os, width: 120 },
  { id: 'updatedAt', header: 'Last change', sortValue: (a) => a.updatedAt, firstDir: 'desc', width: '12em' },
  { id: 'actions', header: 'Actions', hideHeader: true, cell: (a) => <button type="button">Delete {a.hostname}</button>, width: 100 },
];
const agent = (n: number, extra: Partial<Agent> = {}): Agent => ({ uuid: `u${n}`, hostname: `build-${n}`, os: 'linux', updatedAt: `t${n}`, ...extra });
const noun = { one: 'agent', other: 'agents' };
const getRowId = (a: Agent) => a.uuid;

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

function table(props: Partial<DataTableProps<Agent>> & { rows: Agent[] }) {
  return (
    <DataTable<Agent>
      columns={columns}
      getRowId={getRowId}
      noun={noun}
      caption="Agents"
      testId="agents-table"
      empty="No agents yet — start switchboard-agent"
      initialSort={{ columnId: 'hostname', dir: 'asc' }}
      rowProps={(a) => ({ 'data-testid': 'agent-row', 'data-hostname': a.hostname })}
      {...props}
    />
  );
}
/** happy-dom has no layout: give the table's scroll wrapper the viewport a window would. */
function viewport(height: number) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('ui-table-scroll') ? height : 0;
  });
}
const bodyRows = () => [...document.querySelectorAll<HTMLElement>('tbody tr.ui-table-row')];
const hostnames = () => bodyRows().map((tr) => tr.dataset.hostname);
const header = (name: string) => [...document.querySelectorAll('thead th')].find((th) => th.textContent?.includes(name))!;

describe('DataTable', () => {
  it('renders a real table: caption, fixed columns, row headers, the caller attributes', () => {
    view = renderRoot(table({ rows: [agent(2), agent(10), agent(1)] }));
    expect(document.querySelector('caption')?.textContent).toBe('Agents, sorted by Hostname ascending');
    expect([...document.querySelectorAll('col')].map((c) => c.style.width)).toEqual(['', '120px', '12em', '100px']);
    expect(hostnames()).toEqual(['build-1', 'build-2', 'build-10']);
    const first = bodyRows()[0]!;
    expect(first.querySelector('th[scope="row"]')?.textContent).toBe('build-1');
    expect(first.querySelector('th')?.getAttribute('title')).toBe('build-1');
    expect(first.dataset.testid).toBe('agent-row');
    expect(header('Actions').querySelector('button')).toBeNull();
  });

  it('shows empty values as nothing and dates as the locale writes them; a hidden header is for screen readers; the caller classes stay', () => {
    const when = new Date(Date.UTC(2026, 10, 29, 12, 0));
    const plain: DataColumn<Agent>[] = [
      { id: 'hostname', header: 'Hostname', sortValue: (a) => a.hostname, rowHeader: true },
      { id: 'os', header: 'OS', sortValue: (a) => a.os },
      { id: 'seen', header: 'Seen', hideHeader: true, sortValue: (a) => (a.os === 'linux' ? when : undefined) },
      { id: 'note', header: 'Note', cell: () => 'n' },
      { id: 'more', header: 'More', hideHeader: true, cell: () => 'm' },
    ];
    view = renderRoot(table({ rows: [agent(1, { os: null }), agent(2)], columns: plain, rowProps: (a) => ({ className: `os-${a.os ?? 'none'}` }), className: 'agents' }));
    const cells = (tr: HTMLElement) => [...tr.children].map((cell) => cell.textContent);
    expect(cells(bodyRows()[0]!)).toEqual(['build-1', '', '', 'n', 'm']);
    expect(cells(bodyRows()[1]!)).toEqual(['build-2', 'linux', when.toLocaleString(), 'n', 'm']);
    expect(bodyRows().map((tr) => tr.className)).toEqual(['ui-table-row os-none', 'ui-table-row os-linux']);
    expect(document.querySelector('.ui-table-scroll')?.className).toBe('ui-table-scroll agents');
    expect(header('Seen').querySelector('.visually-hidden')?.textContent).toBe('Seen');
    expect(header('OS').querySelector('.ui-table-text')?.textContent).toBe('OS');
    // Headers that do not sort, shown and hidden.
    expect(header('Note').querySelector('button')).toBeNull();
    expect(header('Note').querySelector('.ui-table-text')?.textContent).toBe('Note');
    expect(header('More').querySelector('.visually-hidden')?.textContent).toBe('More');
  });

  it('sorts from a header button, with aria-sort and an arrow on the sorted column', () => {
    view = renderRoot(table({ rows: [agent(2), agent(10), agent(1)] }));
    expect(header('Hostname').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Hostname').textContent).toBe('Hostname↑');
    expect(header('Last change').getAttribute('aria-sort')).toBe('none');
    expect(header('Last change').textContent).toBe('Last change');
    fire(header('Last change').querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(header('Last change').getAttribute('aria-sort')).toBe('descending');
    expect(header('Last change').textContent).toContain('↓');
    expect(header('Hostname').getAttribute('aria-sort')).toBe('none');
    expect(header('Hostname').textContent).toBe('Hostname');
    // t2 > t10 > t1 as text, numeric-aware: t10 > t2 > t1.
    expect(hostnames()).toEqual(['build-10', 'build-2', 'build-1']);
    fire(header('Last change').querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(hostnames()).toEqual(['build-1', 'build-2', 'build-10']);
  });

  it('says what would fill an empty table, and what the filter hid', () => {
    view = renderRoot(table({ rows: [] }));
    const empty = () => document.querySelector<HTMLElement>('[data-testid="agents-table-empty"]');
    expect(empty()?.textContent).toBe('No agents yet — start switchboard-agent');
    expect(empty()?.dataset.reason).toBe('none');
    view.render(table({ rows: [agent(1), agent(2)], filter: ' zzz ' }));
    expect(empty()?.textContent).toBe('No agents match “zzz”.');
    expect(empty()?.dataset.reason).toBe('filtered');
    view.render(table({ rows: [agent(1), agent(2)], filter: 'build-2' }));
    expect(empty()).toBeNull();
    expect(hostnames()).toEqual(['build-2']);
  });

  it('renders every row up to the threshold and only a window of 10,000', () => {
    viewport(600);
    const many = Array.from({ length: 10_000 }, (_, i) => agent(i));
    view = renderRoot(table({ rows: many.slice(0, 200) }));
    expect(bodyRows()).toHaveLength(200);
    view.render(table({ rows: many }));
    const rendered = bodyRows().length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    expect(document.querySelector('table')?.getAttribute('aria-rowcount')).toBe('10001');
    const spacers = [...document.querySelectorAll<HTMLElement>('tr.ui-table-spacer')];
    const spacerHeight = spacers.reduce((sum, tr) => sum + Number.parseFloat(tr.style.height), 0);
    expect(spacerHeight).toBe((10_000 - rendered) * 30);
    expect(bodyRows()[0]?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('scrolls a virtualized table to the row a key moves to, then focuses it', async () => {
    viewport(600);
    // The content height a browser would lay out: the header row and 10,000 rows of 30px.
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('ui-table-scroll') ? 10_001 * 30 : 0;
    });
    const many = Array.from({ length: 10_000 }, (_, i) => agent(i));
    view = renderRoot(table({ rows: many, initialSort: { columnId: 'updatedAt', dir: 'asc' } }));
    focus(bodyRows()[0]!);
    key(document.activeElement!, 'End');
    const scroller = document.querySelector<HTMLElement>('.ui-table-scroll')!;
    expect(scroller.scrollTop).toBeGreaterThan(9_000 * 30);
    // happy-dom moves scrollTop but, having no layout, fires no scroll event: fire it as a browser would.
    fire(scroller, new Event('scroll'));
    // The virtualizer renders the new window, then the row is focused.
    await act(() => vi.waitFor(() => expect(document.activeElement?.getAttribute('data-hostname')).toBe('build-9999')));
    expect(document.activeElement?.tagName).toBe('TR');
    expect(bodyRows().length).toBeLessThan(100);
  });

  it('moves focus with the keys, keeps one row tabbable and activates with Enter', () => {
    const onRowActivate = vi.fn();
    view = renderRoot(table({ rows: [agent(1), agent(2), agent(3)], onRowActivate }));
    const tabbable = () => bodyRows().filter((tr) => tr.tabIndex === 0);
    expect(tabbable().map((tr) => tr.dataset.hostname)).toEqual(['build-1']);
    // The others are out of the tab order, yet focusable by the keys.
    expect(bodyRows().map((tr) => tr.tabIndex)).toEqual([0, -1, -1]);
    const first = bodyRows()[0]!;
    focus(first);
    key(first, 'ArrowDown');
    expect(document.activeElement).toBe(bodyRows()[1]);
    expect(tabbable().map((tr) => tr.dataset.hostname)).toEqual(['build-2']);
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(bodyRows()[2]);
    key(document.activeElement!, 'Enter');
    expect(onRowActivate).toHaveBeenCalledWith(agent(3));
    // Keys typed in a control inside the row are the control's.
    const button = bodyRows()[2]!.querySelector('button')!;
    focus(button);
    key(button, 'Home');
    expect(document.activeElement).toBe(button);
  });

  it('flashes rows that arrive or change live, and red on a rollback', () => {
    const failedAt = (a: Agent) => (a.os === 'rolled-back' ? 7 : undefined);
    const flashes = () => bodyRows().map((tr) => tr.dataset.flash ?? '-');
    const props = { rowVersion: (a: Agent) => a.updatedAt, failedAt };
    view = renderRoot(table({ rows: [agent(1), agent(2)], ...props }));
    expect(flashes()).toEqual(['-', '-']);
    view.render(table({ rows: [agent(1), agent(2), agent(3)], ...props }));
    expect(flashes()).toEqual(['-', '-', 'new']);
    view.render(table({ rows: [agent(1, { updatedAt: 'later' }), agent(2, { os: 'rolled-back' }), agent(3)], ...props }));
    expect(flashes()).toEqual(['changed', 'failed', 'new']);
  });

  it('flashes a changed row by fading its tint, without rendering it again, and starts a flash over on a second change', () => {
    const rendered: string[] = [];
    const counted: DataColumn<Agent>[] = [...columns, { id: 'count', header: 'Count', cell: (a) => (rendered.push(a.hostname), a.updatedAt) }];
    const show = (updatedAt: string, os = 'linux') => table({ rows: [agent(1, { updatedAt, os })], columns: counted, rowVersion: (a) => a.updatedAt });
    const row = () => bodyRows()[0]!;
    const tint = () => row().querySelector<HTMLElement>('.ui-table-flash')!;
    view = renderRoot(show('t1'));
    expect(tint().getAnimations()).toEqual([]);
    rendered.length = 0;
    view.render(show('t2'));
    expect(row().dataset.flash).toBe('changed');
    // Once for the change; the flash itself renders nothing.
    expect(rendered).toEqual(['build-1']);
    const [fade] = tint().getAnimations();
    expect((fade!.effect as KeyframeEffect).getKeyframes().map((k) => Number(k.opacity))).toEqual([1, 0]);
    expect(fade!.effect!.getTiming()).toMatchObject({ duration: 1000, easing: 'ease-out' });
    // Only a new row slides in.
    expect(row().getAnimations()).toEqual([]);
    // The tint sits in the first cell and nowhere else.
    expect(row().querySelectorAll('.ui-table-flash')).toHaveLength(1);
    expect(row().firstElementChild!.contains(tint())).toBe(true);
    // A change while it plays starts the same fade over.
    act(() => void (fade!.currentTime = 600));
    view.render(show('t3'));
    expect(tint().getAnimations()).toEqual([fade]);
    expect(fade!.currentTime).toBeLessThan(600);
    // The fade's end ends the flash, still unrendered.
    act(() => fade!.finish());
    expect(row().dataset.flash).toBeUndefined();
    expect(rendered).toEqual(['build-1', 'build-1']);
    // A render that leaves the row's version alone starts none.
    view.render(show('t3', 'mac'));
    expect(row().dataset.flash).toBeUndefined();
    expect(tint().getAnimations().map((a) => a.playState)).toEqual(['finished']);
  });

  it('slides a new row in, unless the user asked for reduced motion; its tint flashes either way', () => {
    const slides = () => bodyRows().map((tr) => tr.getAnimations().map((a) => (a.effect as KeyframeEffect).getKeyframes().map((k) => k.transform ?? '')));
    const tints = () => bodyRows().map((tr) => tr.querySelector('.ui-table-flash')!.getAnimations().length);
    view = renderRoot(table({ rows: [agent(1)] }));
    view.render(table({ rows: [agent(1), agent(2)] }));
    expect(slides()).toEqual([[], [['translateY(-6px)', 'none']]]);
    expect(bodyRows()[1]!.getAnimations()[0]!.effect!.getTiming()).toMatchObject({ duration: 300, easing: 'ease-out' });
    expect(tints()).toEqual([0, 1]);
    view.unmount();
    const reduced = (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList;
    vi.spyOn(window, 'matchMedia').mockImplementation(reduced);
    view = renderRoot(table({ rows: [agent(1)] }));
    view.render(table({ rows: [agent(1), agent(2)] }));
    expect(slides()).toEqual([[], []]);
    expect(tints()).toEqual([0, 1]);
  });

  it('holds the order still while the pointer is over the rows', () => {
    view = renderRoot(table({ rows: [agent(1), agent(2), agent(3)], initialSort: { columnId: 'updatedAt', dir: 'desc' } }));
    expect(hostnames()).toEqual(['build-3', 'build-2', 'build-1']);
    fire(bodyRows()[0]!, new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
    view.render(table({ rows: [agent(1, { updatedAt: 't9' }), agent(2), agent(3), agent(4)], initialSort: { columnId: 'updatedAt', dir: 'desc' } }));
    expect(hostnames()).toEqual(['build-4', 'build-3', 'build-2', 'build-1']);
    fire(bodyRows()[0]!, new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    expect(hostnames()).toEqual(['build-1', 'build-4', 'build-3', 'build-2']);
  });
});

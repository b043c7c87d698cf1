/**
 * The route list: the page a path shows (the default view for an empty one, nothing for an unknown one), the
 * sidebar's views in Alt+digit order, the stores a page has attached before it renders, and the real list of
 * today's features.
 */
import { describe, expect, it } from 'vitest';
import { pageList } from '../../../../src/renderer/src/app/features';
import { definePage, defineRoute, type NoParams, type Route } from '../../../../src/renderer/src/app/router';
import { defaultPage, navPages, preloadPage, resolvePage } from '../../../../src/renderer/src/app/routes';
import { agentsStore } from '../../../../src/renderer/src/features/agents';
import { defineStore, type StoreDef, type StoreLookup } from '../../../../src/renderer/src/stores/defineStore';

const View = () => null;
const page = (route: Route<NoParams>, id: string, shortcut: '1' | '2' | '0') => definePage(route, { label: id, View, nav: { id, shortcut, icon: 'M0 0h1' } });
const detail = definePage(
  defineRoute('/things/:id', ({ id }) => (/^\d+$/.test(id) ? { id: Number(id) } : undefined)),
  { label: 'Thing', View, section: 'b' },
);
const pages = [page(defineRoute('/c'), 'c', '0'), detail, page(defineRoute('/b'), 'b', '2'), page(defineRoute('/a'), 'a', '1')];

describe('route list', () => {
  it('orders the sidebar by shortcut, Alt+0 last, and leaves pages reached by links out', () => {
    expect(navPages(pages).map((p) => p.nav.id)).toEqual(['a', 'b', 'c']);
    expect(navPages(pages).map((p) => p.nav.href)).toEqual(['#/a', '#/b', '#/c']);
  });

  it('takes the default view from the list, not from a hard-coded path', () => {
    expect(defaultPage(pages).nav.id).toBe('a');
    expect(resolvePage(pages, '')?.page.label).toBe('a');
    expect(() => defaultPage([detail])).toThrow('No page has a sidebar entry');
  });

  it('resolves a path to its page and typed params, and an unknown one to nothing', () => {
    const found = resolvePage(pages, '/things/7');
    expect(found?.page.label).toBe('Thing');
    expect(found?.page.section).toBe('b');
    expect(found?.render().props).toEqual({ params: { id: 7 } });
    expect(resolvePage(pages, '/things/seven')).toBeUndefined();
    expect(resolvePage(pages, '/nowhere')).toBeUndefined();
  });

  it('today: Agents is Alt+1 and the default, Builds Alt+2, Queue Alt+4, Scrape Alt+5, Cases Alt+6, Inbox Alt+8, Inspector Alt+9; job history, runs, queue jobs and cases resolve', () => {
    expect(navPages(pageList).map((p) => [p.label, p.nav.shortcut, p.nav.href])).toEqual([
      ['Agents', '1', '#/agents'],
      ['Builds', '2', '#/builds'],
      ['Workflows', '3', '#/workflows'],
      ['Queue', '4', '#/queue'],
      ['Scrape', '5', '#/scrape'],
      ['Cases', '6', '#/cases'],
      ['Campaigns', '7', '#/campaigns'],
      ['Inbox', '8', '#/inbox'],
      ['Inspector', '9', '#/inspector'],
      ['Metrics', '0', '#/metrics'],
    ]);
    expect(resolvePage(pageList, '/campaigns/3')?.page).toMatchObject({ label: 'Campaign', section: 'campaigns' });
    expect(resolvePage(pageList, '/campaigns/3')?.render().props).toEqual({ params: { campaignId: 3 } });
    expect(resolvePage(pageList, '/queue/jobs/5')?.page).toMatchObject({ label: 'Queue', section: 'queue' });
    expect(resolvePage(pageList, '/queue/jobs/0')).toBeUndefined();
    expect(resolvePage(pageList, '/processes/4')?.render().props).toEqual({ params: { processId: 4 } });
    expect(defaultPage(pageList).label).toBe('Agents');
    expect(resolvePage(pageList, '/agents/00000000-0000-4000-8000-000000000001/runs')?.page).toMatchObject({ label: 'Job history', section: 'agents' });
    expect(resolvePage(pageList, '/runs/12')?.render().props).toEqual({ params: { runId: 12 } });
    expect(resolvePage(pageList, '/runs/x')).toBeUndefined();
    expect(resolvePage(pageList, '/cases/42')?.render().props).toEqual({ params: { caseId: 42 } });
    expect(resolvePage(pageList, '/cases/42')?.page).toMatchObject({ label: 'Case', section: 'cases' });
    expect(resolvePage(pageList, '/cases/0')).toBeUndefined();
  });

  it('attaches the stores a page reads first as its route is known, and hands them over at once', () => {
    const calls: string[] = [];
    const storeOf = (name: string) =>
      defineStore({
        name,
        create: () => ({
          subscribe: () => (calls.push(`attach ${name}`), () => calls.push(`release ${name}`)),
          dispose() {},
        }),
      });
    const list = storeOf('list');
    const other = storeOf('other');
    const made = new Map<StoreDef<unknown>, unknown>();
    const stores: StoreLookup = { get: <T,>(def: StoreDef<T>) => (made.get(def) ?? made.set(def, def.create({} as never)).get(def)) as T };
    const withPreload = [definePage(defineRoute('/list'), { label: 'List', View, preload: [list], nav: { id: 'list', shortcut: '1', icon: 'M0 0h1' } }), page(defineRoute('/other'), 'other', '2')];

    preloadPage(withPreload, '/list', stores);
    // Held for no longer than the call: the store's own grace period keeps its replica until the view subscribes.
    expect(calls).toEqual(['attach list', 'release list']);
    preloadPage(withPreload, '/other', stores);
    preloadPage(withPreload, '/nowhere', stores);
    expect(calls).toHaveLength(2);
    expect(made.has(other)).toBe(false);
  });

  it('preloads the agents table on #/agents', () => {
    expect(resolvePage(pageList, '/agents')?.page.preload).toEqual([agentsStore]);
  });
});

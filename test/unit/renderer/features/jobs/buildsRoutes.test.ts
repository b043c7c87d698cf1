/** The Builds routes and links: the view and one picked job, where a job links to, and their place in the route list. */
import { describe, expect, it } from 'vitest';
import { pageList } from '../../../../../src/renderer/src/app/features';
import { navPages, resolvePage } from '../../../../../src/renderer/src/app/routes';
import { buildRoute, buildsRoute } from '../../../../../src/renderer/src/features/jobs/buildsRoutes';
import { jobHref } from '../../../../../src/renderer/src/features/jobs/jobHref';

describe('builds routes', () => {
  it('links to the view and to one job, and reads a job id back', () => {
    expect(buildsRoute.href()).toBe('#/builds');
    expect(buildRoute.href({ jobId: 12 })).toBe('#/builds/12');
    expect(buildRoute.match('/builds/12')).toEqual({ jobId: 12 });
    for (const bad of ['/builds/0', '/builds/x', '/builds/-1', '/builds/']) expect(buildRoute.match(bad)).toBeUndefined();
  });

  it('links a job to its run once it has one, else to itself in the Builds view', () => {
    expect(jobHref({ id: 5, runId: null })).toBe('#/builds/5');
    expect(jobHref({ id: 5, runId: 9 })).toBe('#/runs/9');
  });

  it('is Alt+2 in the sidebar; a picked job and a run show under it', () => {
    expect(navPages(pageList).find((p) => p.nav.id === 'builds')).toMatchObject({ label: 'Builds', nav: { shortcut: '2', href: '#/builds' } });
    expect(resolvePage(pageList, '/builds/7')?.page.section).toBe('builds');
    expect(resolvePage(pageList, '/builds/7')?.render().props).toEqual({ params: { jobId: 7 } });
    expect(resolvePage(pageList, '/runs/7')?.page.section).toBe('builds');
  });
});

/**
 * The Builds view's routes: every job of the organization (`#/builds`), and the same view with one job picked out
 * and scrolled to (`#/builds/<jobId>`), which "Scheduled" and "Re-running" toasts link to.
 */
import { defineRoute } from '../../app/router';

export const buildsRoute = defineRoute('/builds');

/** Job ids are positive integers; anything else is no page (the router says "no view"). */
export const buildRoute = defineRoute('/builds/:jobId', ({ jobId }) => (/^[1-9]\d*$/.test(jobId) ? { jobId: Number(jobId) } : undefined));

/** Three queued lines and a play mark, for the sidebar (16×16). */
export const buildsIcon = 'M2 3.5h12M2 8h6M2 12.5h6M10.5 9.5v5l4-2.5z';

/** The Queue view's routes: the dashboard (`#/queue`) and the same with one job's detail open (`#/queue/jobs/<id>`). */
import { defineRoute } from '../../app/router';

export const queueRoute = defineRoute('/queue');

export const queueJobRoute = defineRoute('/queue/jobs/:jobId', ({ jobId }) => (/^[1-9]\d*$/.test(jobId) ? { jobId: Number(jobId) } : undefined));

/** Three stacked trays, for the sidebar (16×16). */
export const queueIcon = 'M2 3h12v3H2zM2 7.5h12v3H2zM2 12h12v2.5H2z';

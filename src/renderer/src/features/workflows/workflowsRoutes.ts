/** The Workflows view (`#/workflows`) and a process's page (`#/processes/<id>`). */
import { defineRoute } from '../../app/router';

export const workflowsRoute = defineRoute('/workflows');

/** Process ids are positive integers; anything else is no page. */
export const processRoute = defineRoute('/processes/:processId', ({ processId }) => (/^[1-9]\d*$/.test(processId) ? { processId: Number(processId) } : undefined));

/** Three steps joined by a line, for the sidebar (16×16). */
export const workflowsIcon = 'M3 2.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM8 6.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM13 10.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM4.2 5l2.6 2.2M9.2 9l2.6 2.2';

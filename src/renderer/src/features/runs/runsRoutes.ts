/** The runs feature's routes: an agent's job history (`#/agents/<uuid>/runs`) and one run (`#/runs/<id>`). */
import { defineRoute } from '../../app/router';

export const agentRunsRoute = defineRoute('/agents/:agentUuid/runs');

/** Run ids are positive integers; anything else is no run page (the router says "no view"). */
export const runRoute = defineRoute('/runs/:runId', ({ runId }) => (/^[1-9]\d*$/.test(runId) ? { runId: Number(runId) } : undefined));

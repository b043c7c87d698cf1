/**
 * The REST API as a table: each route names the contract command (or view) it runs and how to build its input.
 * The routes run the very commands windows run, so a change made over REST broadcasts exactly as one made in a
 * window (seed: ExGoCD's "do not duplicate broadcast logic in the API controller").
 */
import type { CommandName, ViewName } from '../../../shared/contract';

export interface RestRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `:param` segments. */
  readonly path: string;
  readonly status: number;
  readonly run:
    | { command: CommandName; input: (params: Record<string, string>, body: unknown) => unknown }
    | { view: ViewName; params?: (params: Record<string, string>) => unknown; wrap: (data: unknown) => unknown };
}

export const restRoutes: readonly RestRoute[] = [
  { method: 'GET', path: '/api/agents', status: 200, run: { view: 'agents.list', wrap: (agents) => ({ agents }) } },
  { method: 'POST', path: '/api/agents', status: 201, run: { command: 'agents.register', input: (_, body) => body } },
  {
    method: 'PUT',
    path: '/api/agents/:uuid/enable',
    status: 200,
    run: { command: 'agents.enable', input: ({ uuid }) => ({ uuid }) },
  },
  {
    method: 'PUT',
    path: '/api/agents/:uuid/disable',
    status: 200,
    run: { command: 'agents.disable', input: ({ uuid }) => ({ uuid }) },
  },
  { method: 'DELETE', path: '/api/agents/:uuid', status: 200, run: { command: 'agents.delete', input: ({ uuid }) => ({ uuid }) } },
  { method: 'POST', path: '/api/jobs', status: 201, run: { command: 'jobs.schedule', input: (_, body) => body } },
  { method: 'GET', path: '/api/jobs/:id', status: 200, run: { view: 'jobs.detail', params: ({ id }) => ({ id }), wrap: (detail) => detail } },
  // The agent protocol. `work` answers 204 when there is nothing to do (or the agent is disabled).
  { method: 'POST', path: '/api/agents/:uuid/work', status: 200, run: { command: 'agents.askForWork', input: ({ uuid }) => ({ uuid }) } },
  {
    method: 'PUT',
    path: '/api/runs/:id/status',
    status: 200,
    run: { command: 'runs.reportStatus', input: ({ id }, body) => ({ ...(isObject(body) ? body : {}), runId: id }) },
  },
  {
    method: 'POST',
    path: '/api/runs/:id/console',
    status: 200,
    run: { command: 'runs.appendConsole', input: ({ id }, body) => ({ ...(isObject(body) ? body : {}), runId: id }) },
  },
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Matches `pathname` against a route path; returns its params or null. */
export function matchPath(path: string, pathname: string): Record<string, string> | null {
  const want = path.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(got[i]!);
    else if (segment !== got[i]) return null;
  }
  return params;
}

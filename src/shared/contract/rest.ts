/**
 * REST routes, declared by the domain whose command or view they run: a route names it and says how to build its
 * input from the path params and the JSON body. The routes run the very commands windows run, so a change made over
 * REST broadcasts exactly as one made in a window (seed: ExGoCD's "do not duplicate broadcast logic in the API
 * controller"). The HTTP transport serves the list `domains.ts` derives.
 */
export interface RestRoute<C extends string = string, V extends string = string> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `:param` segments. */
  readonly path: string;
  readonly status: number;
  /** When the answer decides the status (202 for a notification that is pushed, not stored). */
  readonly statusOf?: (value: unknown) => number;
  readonly run:
    | { command: C; input: (params: Record<string, string>, body: unknown) => unknown }
    | { view: V; params?: (params: Record<string, string>, query: Record<string, string>) => unknown; wrap: (data: unknown) => unknown };
}

/** The body's fields with the path's params over them (`PUT /api/runs/:id/status` → `{ ...body, runId }`). */
export function withBody(body: unknown, params: Record<string, unknown>): Record<string, unknown> {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  return { ...fields, ...params };
}

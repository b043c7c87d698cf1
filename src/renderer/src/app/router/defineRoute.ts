/**
 * Typed hash routes, declared once per page by its feature: `defineRoute('/runs/:runId', parse)` builds links with
 * `href({ runId: 3 })` → `#/runs/3` (each param URI-encoded) and reads them back with `match('/runs/3')` →
 * `{ runId: 3 }`. Every link in the renderer is built with `href`, so a route's shape is written in one place.
 */

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The params of a path template as they appear in the URL: `'/agents/:agentUuid/runs'` → `{ agentUuid: string }`. */
export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string };

/** A route without params (`href()` takes nothing). */
export type NoParams = Record<never, never>;

/** A link target: builds its links and recognizes its paths. */
export interface Route<Params> {
  /** The template, e.g. `/runs/:runId`. */
  readonly path: string;
  href(...params: keyof Params extends never ? [] : [params: Params]): string;
  /** The params of `path` (the part after `#`, without a query), or undefined when it is not this route's. */
  match(path: string): Params | undefined;
}

// A hand-typed `%` that is not an escape should reach the view (and its "not found"), not crash the router.
function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export function defineRoute<const P extends string>(path: P): Route<PathParams<P>>;
/** With `parse`, params are typed beyond strings; `parse` returns undefined for a path that only looks like this route's. */
export function defineRoute<const P extends string, T extends { readonly [K in ParamNames<P>]: string | number }>(
  path: P,
  parse: (raw: PathParams<P>) => T | undefined,
): Route<T>;
export function defineRoute(path: string, parse?: (raw: Record<string, string>) => object | undefined): Route<object> {
  if (!path.startsWith('/')) throw new Error(`Route ${path} must start with "/"`);
  const names: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const pattern = new RegExp(`^${source}$`);
  return {
    path,
    href(...args: [Record<string, string | number>?]) {
      const params = args[0] ?? {};
      return `#${path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])))}`;
    },
    match(candidate) {
      const found = pattern.exec(candidate);
      if (!found) return undefined;
      const raw = Object.fromEntries(names.map((name, i) => [name, decodeParam(found[i + 1]!)]));
      return parse ? parse(raw) : raw;
    },
  };
}

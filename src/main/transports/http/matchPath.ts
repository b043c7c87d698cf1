/** Matches a request path against a REST route's path with `:param` segments. */
import { decodeSegment } from './requestPath';

/** The params of `pathname` under `path`, or null when it does not match. */
export function matchPath(path: string, pathname: string): Record<string, string> | null {
  const want = path.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeSegment(got[i]!);
    else if (segment !== got[i]) return null;
  }
  return params;
}

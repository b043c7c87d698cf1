/**
 * The decoded path of a request target, or a clear refusal: targets that are not origin-form (`//x`, `*`,
 * `http://…`) or hold malformed %-escapes (`/%`) are INVALID_INPUT (400), never an exception that stops the host.
 */
import { InvalidInputError } from '../../../shared/contract';

export interface RequestPath {
  /** The raw path, before the query, %-escapes intact (route matching decodes per segment). */
  readonly raw: string;
  /** The whole path decoded. */
  readonly decoded: string;
}

export function requestPath(target: string | undefined): RequestPath {
  const url = target ?? '/';
  if (!url.startsWith('/') || url.startsWith('//')) throw new InvalidInputError(`Request target must be a path, not "${url.slice(0, 64)}"`);
  const end = url.search(/[?#]/);
  const raw = end === -1 ? url : url.slice(0, end);
  return { raw, decoded: decodeSegment(raw) };
}

/** Decodes one path (or path segment), refusing malformed %-escapes with a 400. */
export function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new InvalidInputError(`Malformed %-escape in "${text.slice(0, 64)}"`);
  }
}

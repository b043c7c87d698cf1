/**
 * Namespaced loggers, off by default: `SWITCHBOARD_DEBUG=switchboard:*` (or a comma list of prefixes) turns them on.
 * Errors always print, since they mean something a user or developer must see.
 */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

const patterns = (process.env.SWITCHBOARD_DEBUG ?? process.env.DEBUG ?? '')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);

function enabled(namespace: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? namespace.startsWith(p.slice(0, -1)) : namespace === p));
}

export function createLogger(namespace: string): Logger {
  const on = enabled(namespace);
  return {
    debug: on ? (message, ...rest) => console.debug(`${namespace} ${message}`, ...rest) : () => {},
    warn: (message, ...rest) => console.warn(`${namespace} ${message}`, ...rest),
    error: (message, ...rest) => console.error(`${namespace} ${message}`, ...rest),
  };
}

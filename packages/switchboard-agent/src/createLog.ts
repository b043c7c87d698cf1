/**
 * The agent's log: what an operator needs (registration, runs, retries) on stdout, problems on stderr, and chatty
 * protocol detail only when `SWITCHBOARD_DEBUG` (or `DEBUG`) names `switchboard:agent`, like the host's loggers.
 */

/** Where every module of the agent writes its lines. */
export interface Log {
  info(line: string): void;
  warn(line: string): void;
  debug(line: string): void;
}

export interface LogOptions {
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** Comma list of namespaces (`switchboard:*` works); defaults to `SWITCHBOARD_DEBUG` or `DEBUG`. */
  debug?: string;
}

const NAMESPACE = 'switchboard:agent';

function debugEnabled(spec: string): boolean {
  return spec
    .split(',')
    .map((p) => p.trim())
    .some((p) => (p.endsWith('*') ? NAMESPACE.startsWith(p.slice(0, -1)) : p === NAMESPACE));
}

export function createLog(options: LogOptions = {}): Log {
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
  const debugOn = debugEnabled(options.debug ?? process.env.SWITCHBOARD_DEBUG ?? process.env.DEBUG ?? '');
  return {
    info: out,
    warn: (line) => err(`switchboard-agent: ${line}`),
    debug: debugOn ? (line) => err(`${NAMESPACE} ${line}`) : () => {},
  };
}

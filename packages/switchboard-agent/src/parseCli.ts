/**
 * The agent's command line: flags, their checks and the token file. Anything wrong is a `UsageError` with a
 * one-line message, which `main.ts` prints before exiting with code 2.
 */
import { readFileSync } from 'node:fs';
import { hostname as osHostname, networkInterfaces, type as osType } from 'node:os';
import { parseArgs } from 'node:util';

export const usage = `Usage: switchboard-agent --server <url> --token-file <path> [options]

Registers with a Switchboard host, asks it for jobs, runs each job's command in a shell and streams its console.

Options:
  --server <url>        The host's base URL, e.g. http://127.0.0.1:4700 (required)
  --token-file <path>   File holding the organization's API token, e.g. <data-dir>/tokens/acme.token (required)
  --hostname <name>     Name to register under (default: this machine's hostname)
  --poll-ms <ms>        Wait between asks for work while there is none (default: 500)
  --os <text>           Operating system to report (default: ${osType()})
  --resources <a,b>     Comma-separated resources to report (e.g. docker,node)
  -h, --help            Print this help

Exit codes: 0 stopped by SIGINT/SIGTERM, 1 fatal (token refused, host refused a call), 2 bad usage.`;

/** A flag, flag value or token file the agent cannot work with. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CliOptions {
  server: string;
  token: string;
  tokenFile: string;
  hostname: string;
  pollMs: number;
  os: string;
  resources: string[];
  ipAddress: string | undefined;
}

export type CliResult = { kind: 'help' } | { kind: 'run'; options: CliOptions };

export function parseCli(argv: readonly string[]): CliResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        server: { type: 'string' },
        'token-file': { type: 'string' },
        hostname: { type: 'string' },
        'poll-ms': { type: 'string' },
        os: { type: 'string' },
        resources: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs explains itself well but spreads hints over several lines; keep the first.
    throw new UsageError((error as Error).message.split('\n')[0]!, { cause: error });
  }
  if (values.help) return { kind: 'help' };

  const server = parseServer(values.server);
  const tokenFile = required(values['token-file'], '--token-file');
  const pollMs = parsePollMs(values['poll-ms'] ?? '500');
  const os = (values.os ?? osType()).trim();
  if (os.length === 0 || os.length > 64) throw new UsageError('--os must be 1 to 64 characters');
  const resources = (values.resources ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const hostname = (values.hostname ?? osHostname()).trim();
  if (hostname.length === 0) throw new UsageError('--hostname must not be empty');
  return { kind: 'run', options: { server, token: readToken(tokenFile), tokenFile, hostname, pollMs, os, resources, ipAddress: localAddress() } };
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value.trim();
}

function parseServer(value: string | undefined): string {
  const text = required(value, '--server');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--server must be a URL such as http://127.0.0.1:4700 (got ${text})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--server must be an http:// or https:// URL (got ${text})`);
  if (url.search || url.hash) throw new UsageError(`--server must not have a query or fragment (got ${text})`);
  return url.href.replace(/\/+$/, '');
}

function parsePollMs(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1 || value > 3_600_000) {
    throw new UsageError(`--poll-ms must be a whole number of milliseconds from 1 to 3600000 (got ${text})`);
  }
  return value;
}

function readToken(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read --token-file ${path}${code ? ` (${code})` : ''}`, { cause: error });
  }
  const token = text.trim();
  if (token.length === 0) throw new UsageError(`--token-file ${path} is empty`);
  if (/\s/.test(token)) throw new UsageError(`--token-file ${path} must hold one token on one line`);
  return token;
}

/** The first external IPv4 address, reported so an operator can tell machines apart; none is fine. */
function localAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return undefined;
}

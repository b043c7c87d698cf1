/**
 * The `switchboard-agent` program: parses the command line, wires the client, log and loop together, turns
 * SIGINT/SIGTERM into a graceful stop and exits with the loop's code. Nothing imports this module.
 */
import { createAgent } from './createAgent.ts';
import { createHostClient } from './createHostClient.ts';
import { createLog } from './createLog.ts';
import { parseCli, usage, UsageError, type CliResult } from './parseCli.ts';

function exit(code: number): never {
  // Let buffered log lines reach a piped stdout/stderr before the process goes.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  return undefined as never;
}

let cli: CliResult;
try {
  cli = parseCli(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`switchboard-agent: ${error.message} (see --help)\n`);
  process.exit(2);
}

if (cli.kind === 'help') {
  process.stdout.write(`${usage}\n`);
} else {
  const { options } = cli;
  const log = createLog();
  const agent = createAgent({
    client: createHostClient({ server: options.server, token: options.token }),
    log,
    pollMs: options.pollMs,
    registration: {
      hostname: options.hostname,
      os: options.os,
      resources: options.resources,
      ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}),
    },
  });
  process.on('SIGINT', () => agent.stop('SIGINT'));
  process.on('SIGTERM', () => agent.stop('SIGTERM'));
  log.debug(`server ${options.server}, token from ${options.tokenFile}, polling every ${options.pollMs} ms`);
  agent.run().then(exit, (error: unknown) => {
    log.warn(`crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    exit(1);
  });
}

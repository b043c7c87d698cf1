/** The agent's command line and fatal errors: bad usage exits 2 with one line, a refused token exits 1. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { createAgentPool } from './agentProcesses';

describe('switchboard-agent: command line', () => {
  let t: TestHost;
  const pool = createAgentPool();

  beforeAll(async () => {
    t = await startTestHost();
  });
  afterEach(() => pool.stopAll());
  afterAll(() => t.close());

  const runToEnd = async (args: string[]) => {
    const agent = pool.start(args);
    const exit = await agent.exited;
    return { ...exit, output: agent.output() };
  };

  it('--help prints usage and exits 0', async () => {
    const { code, output } = await runToEnd(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/^Usage: switchboard-agent --server <url> --token-file <path>/);
    for (const flag of ['--hostname', '--poll-ms', '--os', '--resources']) expect(output).toContain(flag);
  });

  it.each([
    [[], /--server is required/],
    [['--server', 'http://127.0.0.1:1'], /--token-file is required/],
    [['--server', 'not a url', '--token-file', 'x'], /--server must be a URL/],
    [['--server', 'http://127.0.0.1:1', '--token-file', '/nonexistent/acme.token'], /cannot read --token-file \/nonexistent\/acme\.token \(ENOENT\)/],
    [['--server', 'http://127.0.0.1:1', '--token-file', 'TOKEN', '--poll-ms', 'fast'], /--poll-ms must be a whole number/],
    [['--server', 'http://127.0.0.1:1', '--token-file', 'TOKEN', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['--server', 'http://127.0.0.1:1', '--token-file', 'TOKEN', 'extra'], /Unexpected argument 'extra'/],
  ])('bad usage %j exits 2 with one clear line', async (args, message) => {
    const tokenFile = pool.tokenFile('sbt_whatever');
    const { code, output } = await runToEnd(args.map((a) => (a === 'TOKEN' ? tokenFile : a)));
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    expect(output).toMatch(/^switchboard-agent: /);
  });

  it('an empty token file is bad usage too', async () => {
    const { code, output } = await runToEnd(['--server', t.host.url, '--token-file', pool.tokenFile('  ')]);
    expect(code).toBe(2);
    expect(output).toMatch(/is empty/);
  });

  it('a token the host refuses is fatal: exit 1 with a clear message, no retrying', async () => {
    const { code, output } = await runToEnd(['--server', t.host.url, '--token-file', pool.tokenFile('sbt_not_a_real_token'), '--hostname', 'bad-token.acme']);
    expect(code).toBe(1);
    expect(output).toMatch(/the host refused the token: POST \/api\/agents refused \(401 UNAUTHENTICATED\): Unknown API token/);
    expect(output).not.toMatch(/retry/);
  });

  it('a hostname the host refuses is fatal and says so', async () => {
    const { code, output } = await runToEnd(['--server', t.host.url, '--token-file', pool.tokenFile(t.token('acme')), '--hostname', 'not_valid!']);
    expect(code).toBe(1);
    expect(output).toMatch(/400 INVALID_INPUT/);
  });

  it('a --server that is not a Switchboard host is fatal', async () => {
    // The host's static side answers 404 text for paths outside /api; point the agent one folder too deep.
    const { code, output } = await runToEnd(['--server', `${t.host.url}/nothing`, '--token-file', pool.tokenFile(t.token('acme')), '--hostname', 'lost.acme']);
    expect(code).toBe(1);
    expect(output).toMatch(/404.*not JSON; is --server a Switchboard host\?/);
  });
});

/**
 * Loggers are namespaced and off by default: debug prints only for namespaces SWITCHBOARD_DEBUG (or DEBUG) names,
 * exactly or by a `prefix*`; warnings and errors always print, prefixed with their namespace.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function loggerWith(env: { SWITCHBOARD_DEBUG?: string; DEBUG?: string }) {
  vi.resetModules();
  vi.stubEnv('SWITCHBOARD_DEBUG', env.SWITCHBOARD_DEBUG);
  vi.stubEnv('DEBUG', env.DEBUG);
  // The patterns are read once, when the module loads.
  return (await import('../../../src/main/kernel/logger')).createLogger;
}

describe('createLogger', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('prints debug only for the namespaces named, by exact name or prefix*, from a comma list with spaces', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const createLogger = await loggerWith({ SWITCHBOARD_DEBUG: ' switchboard:kernel:* , switchboard:ws ', DEBUG: 'switchboard:*' });
    createLogger('switchboard:kernel:bus').debug('one', 1);
    createLogger('switchboard:ws').debug('two');
    createLogger('switchboard:wsx').debug('not exact');
    createLogger('switchboard:http').debug('not named');
    expect(debug.mock.calls).toEqual([['switchboard:kernel:bus one', 1], ['switchboard:ws two']]);
  });

  it('falls back to DEBUG, and prints no debug at all when neither is set', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    (await loggerWith({ DEBUG: 'switchboard:http' }))('switchboard:http').debug('on');
    (await loggerWith({}))('switchboard:http').debug('off');
    (await loggerWith({ SWITCHBOARD_DEBUG: ',' }))('').debug('empty patterns match nothing');
    expect(debug.mock.calls).toEqual([['switchboard:http on']]);
  });

  it('always prints warnings and errors, with the namespace', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = (await loggerWith({}))('switchboard:kernel:sync');
    logger.warn('slow', 2);
    logger.error('broke', 'why');
    expect(warn.mock.calls).toEqual([['switchboard:kernel:sync slow', 2]]);
    expect(error.mock.calls).toEqual([['switchboard:kernel:sync broke', 'why']]);
  });
});

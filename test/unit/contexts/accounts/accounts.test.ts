/** The accounts context on a real core: who a name resolves to, seeding once, and API tokens kept across starts. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tokenPath } from '../../../../src/main/contexts/accounts/tokenFiles';
import { createKernel } from '../../../../src/main/kernel/createKernel';
import { appVersion, createContexts } from '../../../../src/main/app/createContexts';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('accounts', () => {
  let core: TestCore | undefined;
  const dirs: string[] = [];
  afterEach(() => {
    core?.dispose();
    core = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-accounts-'));
    dirs.push(dir);
    return dir;
  };
  const tokenOf = (dir: string, orgId: string) => readFileSync(tokenPath(dir, orgId), 'utf8').trim();

  it('names the user it cannot find', () => {
    core = createTestCore();
    expect(() => core!.accounts.resolveUser('zed')).toThrow('No user named "zed"');
  });

  it('seeds the demo organizations once, and says whether it did', () => {
    // Not the test core: it seeds on creation.
    const contexts = createContexts(createKernel({ file: ':memory:' }), { version: appVersion, dataDir: ':memory:', shell: 'headless' });
    try {
      const { accounts } = contexts;
      expect(accounts.orgIds()).toEqual([]);
      expect(accounts.seedDemo()).toBe(true);
      expect(accounts.seedDemo()).toBe(false);
      expect(accounts.orgIds()).toEqual(['acme', 'globex']);
    } finally {
      contexts.dispose();
    }
  });

  it('keeps each organization token across starts, and mints one for a new organization without a warning', () => {
    core = createTestCore();
    const dir = dataDir();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    core.accounts.ensureTokens(dir);
    const acme = tokenOf(dir, 'acme');
    core.accounts.ensureTokens(dir);
    expect(tokenOf(dir, 'acme')).toBe(acme);
    expect(core.accounts.authenticate(acme)).toMatchObject({ kind: 'api', orgId: 'acme' });
    core.accounts.seedOrganization({ id: 'initech', name: 'Initech', users: [] });
    core.accounts.ensureTokens(dir);
    expect(core.accounts.authenticate(tokenOf(dir, 'initech'))).toMatchObject({ orgId: 'initech' });
    expect(tokenOf(dir, 'acme')).toBe(acme);
    expect(warn).not.toHaveBeenCalled();
  });

  it('mints a new token, with a warning, when an organization lost its token file; the old token stops working', () => {
    core = createTestCore();
    const dir = dataDir();
    core.accounts.ensureTokens(dir);
    const old = tokenOf(dir, 'acme');
    const globex = tokenOf(dir, 'globex');
    rmSync(tokenPath(dir, 'acme'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    core.accounts.ensureTokens(dir);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('token file for acme is missing');
    const minted = tokenOf(dir, 'acme');
    expect(minted).not.toBe(old);
    expect(core.accounts.authenticate(old)).toBeNull();
    expect(core.accounts.authenticate(minted)).toMatchObject({ orgId: 'acme' });
    expect(tokenOf(dir, 'globex')).toBe(globex);
  });
});

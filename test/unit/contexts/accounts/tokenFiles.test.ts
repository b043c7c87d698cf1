/** API tokens on disk: their form, their hash, the comparison, and the owner-only file they live in. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken, newToken, sameHash, tokenFileExists, tokenPath, writeTokenFile } from '../../../../src/main/contexts/accounts/tokenFiles';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('token files', () => {
  it('makes a new 32-character base64url token with its prefix each time', () => {
    const token = newToken();
    expect(token).toMatch(/^sbt_[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(token);
  });

  it('hashes with SHA-256 and compares hashes of equal length only', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameHash(hashToken('abc'), hashToken('abc'))).toBe(true);
    expect(sameHash(hashToken('abc'), hashToken('abd'))).toBe(false);
    expect(sameHash(hashToken('abc'), hashToken('abc').slice(0, 32))).toBe(false);
  });

  it('writes the token owner-only under tokens/, also over a file that was readable', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-tokens-'));
    dirs.push(dataDir);
    expect(tokenPath(dataDir, 'acme')).toBe(join(dataDir, 'tokens', 'acme.token'));
    expect(tokenFileExists(dataDir, 'acme')).toBe(false);
    writeTokenFile(dataDir, 'acme', 'sbt_one');
    expect(tokenFileExists(dataDir, 'acme')).toBe(true);
    expect(readFileSync(tokenPath(dataDir, 'acme'), 'utf8')).toBe('sbt_one\n');
    expect(statSync(tokenPath(dataDir, 'acme')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'tokens')).mode & 0o777).toBe(0o700);
    chmodSync(tokenPath(dataDir, 'acme'), 0o644);
    writeTokenFile(dataDir, 'acme', 'sbt_two');
    expect(readFileSync(tokenPath(dataDir, 'acme'), 'utf8')).toBe('sbt_two\n');
    expect(statSync(tokenPath(dataDir, 'acme')).mode & 0o777).toBe(0o600);
    writeFileSync(join(dataDir, 'tokens', 'other.txt'), '');
    expect(tokenFileExists(dataDir, 'other')).toBe(false);
  });
});

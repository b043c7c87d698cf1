/**
 * API tokens on disk: each organization's token lives in `<data-dir>/tokens/<org>.token`, readable by the owner
 * only. The database keeps just a SHA-256 of it, so a copied database file grants nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function newToken(): string {
  return `sbt_${randomBytes(24).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function tokenPath(dataDir: string, orgId: string): string {
  return join(dataDir, 'tokens', `${orgId}.token`);
}

export function tokenFileExists(dataDir: string, orgId: string): boolean {
  return existsSync(tokenPath(dataDir, orgId));
}

export function writeTokenFile(dataDir: string, orgId: string, token: string): void {
  const dir = join(dataDir, 'tokens');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = tokenPath(dataDir, orgId);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync keeps the mode of an existing file
}

/**
 * The accounts context: organizations, users and API tokens. It is the only writer of `orgs`, `users` and
 * `org_tokens`, answers the sign-in commands, and turns a token into the organization it speaks for.
 */
import { NotFoundError, type Session, type UserSummary } from '../../../shared/contract';
import { apiActor, type Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { createLogger } from '../../kernel/logger';
import { demoOrgs } from './demoAccounts';
import { accountsMigrations } from './migrations';
import { hashToken, newToken, sameHash, tokenFileExists, writeTokenFile } from './tokenFiles';

/** Organizations, users and tokens, as the rest of main sees them. */
export interface Accounts {
  listUsers(): UserSummary[];
  /** The user with exactly this id, or undefined. */
  findUser(id: string): UserSummary | undefined;
  orgIds(): string[];
  /** The session of user `name` (id or display name, case-insensitive). Throws NOT_FOUND. */
  resolveUser(name: string): Session;
  /** The API actor a bearer token speaks for, or null. */
  authenticate(token: string): Actor | null;
  /** Seeds the demo organizations and users when the database has none. Returns true if it seeded. */
  seedDemo(): boolean;
  /** Creates an organization with its users unless it exists (one transaction). Returns true if it created it. */
  seedOrganization(org: OrganizationSeed): boolean;
  /** Gives every organization a token file, minting one where the file is missing. */
  ensureTokens(dataDir: string): void;
}

/** An organization to create with its users, e.g. a demo one. */
export interface OrganizationSeed {
  readonly id: string;
  readonly name: string;
  readonly users: readonly { readonly id: string; readonly name: string }[];
}

interface UserRow {
  id: string;
  name: string;
  org_id: string;
  org_name: string;
}

const logger = createLogger('switchboard:accounts');

export function createAccounts(kit: ContextKit): Accounts {
  kit.migrate(accountsMigrations);
  const { db } = kit;
  const selectUsers = db.prepare<[], UserRow>(
    'SELECT u.id, u.name, u.org_id, o.name AS org_name FROM users u JOIN orgs o ON o.id = u.org_id ORDER BY o.id, u.name',
  );
  const selectUser = db.prepare<[string, string], UserRow>(
    'SELECT u.id, u.name, u.org_id, o.name AS org_name FROM users u JOIN orgs o ON o.id = u.org_id WHERE lower(u.id) = lower(?) OR lower(u.name) = lower(?)',
  );
  const selectUserById = db.prepare<[string], UserRow>('SELECT u.id, u.name, u.org_id, o.name AS org_name FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ?');
  const selectTokens = db.prepare<[], { org_id: string; token_sha256: string }>('SELECT org_id, token_sha256 FROM org_tokens');
  const upsertToken = db.prepare(
    'INSERT INTO org_tokens (org_id, token_sha256, created_at) VALUES (?, ?, ?) ON CONFLICT (org_id) DO UPDATE SET token_sha256 = excluded.token_sha256, created_at = excluded.created_at',
  );
  const orgExists = db.prepare<[string], number>('SELECT 1 FROM orgs WHERE id = ?').pluck();
  const insertOrg = db.prepare('INSERT INTO orgs (id, name, created_at) VALUES (?, ?, ?)');
  const insertUser = db.prepare('INSERT INTO users (id, org_id, name, created_at) VALUES (?, ?, ?, ?)');
  let tokens = selectTokens.all();

  const toSummary = (row: UserRow): UserSummary => ({ id: row.id, name: row.name, orgId: row.org_id, orgName: row.org_name });

  const accounts: Accounts = {
    listUsers: () => selectUsers.all().map(toSummary),
    findUser(id) {
      const row = selectUserById.get(id);
      return row && toSummary(row);
    },
    orgIds: () => db.prepare<[], string>('SELECT id FROM orgs ORDER BY id').pluck().all(),
    resolveUser(name) {
      const row = selectUser.get(name, name);
      if (!row) throw new NotFoundError(`No user named "${name}"`);
      return { userId: row.id, userName: row.name, orgId: row.org_id, orgName: row.org_name };
    },
    authenticate(token) {
      const hash = hashToken(token);
      const match = tokens.find((t) => sameHash(t.token_sha256, hash));
      return match ? apiActor(match.org_id) : null;
    },
    seedDemo() {
      const count = db.prepare<[], number>('SELECT count(*) FROM orgs').pluck().get() ?? 0;
      if (count > 0) return false;
      db.transaction(() => demoOrgs.forEach((org) => accounts.seedOrganization(org)))();
      return true;
    },
    seedOrganization(org) {
      if (orgExists.get(org.id) !== undefined) return false;
      const now = new Date().toISOString();
      db.transaction(() => {
        insertOrg.run(org.id, org.name, now);
        for (const user of org.users) insertUser.run(user.id, org.id, user.name, now);
      })();
      return true;
    },
    ensureTokens(dataDir) {
      const known = new Set(tokens.map((t) => t.org_id));
      for (const orgId of accounts.orgIds()) {
        if (known.has(orgId) && tokenFileExists(dataDir, orgId)) continue;
        if (known.has(orgId)) logger.warn(`token file for ${orgId} is missing; minting a new token (the old one stops working)`);
        const token = newToken();
        writeTokenFile(dataDir, orgId, token);
        upsertToken.run(orgId, hashToken(token), new Date().toISOString());
      }
      tokens = selectTokens.all();
    },
  };

  kit.publicCommand('session.users', () => accounts.listUsers());
  kit.publicCommand('session.signIn', (input, context) => {
    const session = accounts.resolveUser(input.user);
    context.bindSession?.(session);
    return session;
  });
  return accounts;
}

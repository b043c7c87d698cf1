/**
 * Agent liveness: every call an agent makes (asking for work, console, status) is a contact. Contacts are kept in
 * memory as they come and written (with an `agent_seen` event) at most every third of the lost threshold per
 * agent, so a polling agent costs a write every ten seconds, not two a second, and never looks lost while alive.
 * @internal Used by the agents context's index.
 */
import { agentsTopic, LOST_AFTER_MS } from '../../../shared/contract';
import type { Write } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';

export interface ContactLog {
  /** Records a contact from agent `uuid` of `orgId` now. */
  record(orgId: string, uuid: string): void;
  /** When the agent last called (ms since the epoch), from memory or, after a restart, from its row. */
  lastContact(uuid: string): number | undefined;
}

export function createContactLog(db: Db, write: Write, lostAfterMs = LOST_AFTER_MS, now: () => number = () => Date.now()): ContactLog {
  const save = db.prepare('UPDATE agents SET last_contact_at = ? WHERE uuid = ?');
  const stored = db.prepare<[string], string | null>('SELECT last_contact_at FROM agents WHERE uuid = ?').pluck();
  const seen = new Map<string, { at: number; writtenAt: number }>();
  const writeEvery = Math.max(1, Math.floor(lostAfterMs / 3));

  return {
    record(orgId, uuid) {
      const at = now();
      const entry = seen.get(uuid);
      if (entry && at - entry.writtenAt < writeEvery) {
        entry.at = at;
        return;
      }
      const lastContactAt = new Date(at).toISOString();
      write({ kind: 'agent', id: uuid }, (emit) => {
        if (save.run(lastContactAt, uuid).changes === 0) return;
        emit(agentsTopic.build({ org: orgId }), { type: 'agent_seen', payload: { uuid, lastContactAt } });
      });
      seen.set(uuid, { at, writtenAt: at });
    },
    lastContact(uuid) {
      const entry = seen.get(uuid);
      if (entry) return entry.at;
      const row = stored.get(uuid);
      return row ? Date.parse(row) : undefined;
    },
  };
}

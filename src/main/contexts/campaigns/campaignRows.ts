/**
 * Reads of the campaigns tables, and who may see what: a user sees the marketers they belong to; the REST API every
 * marketer of its organization.
 * @internal Used by the campaigns context only.
 */
import type { Campaign, Marketer } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Db } from '../../kernel/db/openDatabase';

interface CampaignRow {
  id: number;
  org_id: string;
  marketer_id: string;
  name: string;
  status: Campaign['status'];
  target_size: number;
  target_populated: number;
  pending_offers: number;
  accepted_offers: number;
  declined_offers: number;
  created_at: string;
  launched_at: string | null;
  updated_at: string;
}

const toCampaign = (r: CampaignRow): Campaign => ({
  id: r.id,
  orgId: r.org_id,
  marketer: r.marketer_id,
  name: r.name,
  status: r.status,
  targetSize: r.target_size,
  targetPopulated: r.target_populated,
  pendingOffers: r.pending_offers,
  acceptedOffers: r.accepted_offers,
  declinedOffers: r.declined_offers,
  createdAt: r.created_at,
  launchedAt: r.launched_at,
  updatedAt: r.updated_at,
});

export function createCampaignRows(db: Db) {
  const marketers = db.prepare<[string], { id: string; org_id: string; name: string }>('SELECT * FROM marketers WHERE org_id = ? ORDER BY id');
  const marketer = db.prepare<[string], { id: string; org_id: string; name: string }>('SELECT * FROM marketers WHERE id = ?');
  const members = db.prepare<[string], string>('SELECT user_id FROM marketer_members WHERE marketer_id = ? ORDER BY user_id').pluck();
  const isMember = db.prepare<[string, string], number>('SELECT 1 FROM marketer_members WHERE marketer_id = ? AND user_id = ?').pluck();
  const byId = db.prepare<[number], CampaignRow>('SELECT * FROM campaigns WHERE id = ?');
  const byMarketer = db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE marketer_id = ? ORDER BY id DESC');

  const toMarketer = (m: { id: string; org_id: string; name: string }): Marketer => ({ id: m.id, orgId: m.org_id, name: m.name, members: members.all(m.id) });

  /** Whether `actor` may see and act on `marketerId`'s campaigns. */
  function mayUse(actor: Actor, marketerId: string): boolean {
    const m = marketer.get(marketerId);
    if (!m || m.org_id !== actor.orgId) return false;
    return actor.kind === 'api' || isMember.get(marketerId, actor.userId) === 1;
  }

  return {
    mayUse,
    marketersOf: (actor: Actor) => marketers.all(actor.orgId).filter((m) => mayUse(actor, m.id)).map(toMarketer),
    members: (marketerId: string) => members.all(marketerId),
    campaign(id: number): Campaign | undefined {
      const row = byId.get(id);
      return row && toCampaign(row);
    },
    campaignsOf: (marketerId: string) => byMarketer.all(marketerId).map(toCampaign),
  };
}

export type CampaignRows = ReturnType<typeof createCampaignRows>;

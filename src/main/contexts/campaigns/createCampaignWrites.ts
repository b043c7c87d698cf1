/**
 * The campaigns context's writes, each inside the caller's write. Stats change by deltas (`pending_offers + n`),
 * never by re-counting, and every change emits `campaign_updated` with the fields it touched (the audit trail and
 * the windows apply exactly those); the marketer's topic hears of it through the broadcast batcher.
 * @internal Used by the campaigns context only.
 */
import { campaignTopic, type Campaign, type CampaignField } from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import type { CampaignRows } from './campaignRows';

const columns: Partial<Record<CampaignField, string>> = {
  status: 'status',
  targetPopulated: 'target_populated',
  pendingOffers: 'pending_offers',
  launchedAt: 'launched_at',
};

export function createCampaignWrites(db: Db, rows: CampaignRows, changed: (campaign: Campaign) => void) {
  const insert = db.prepare('INSERT INTO campaigns (org_id, marketer_id, name, target_size, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  // Members numbered from `from`+1 to `to`, generated in SQLite itself.
  const addMembers = db.prepare<{ id: number; from: number; to: number }>(
    'WITH RECURSIVE n(x) AS (SELECT @from + 1 UNION ALL SELECT x + 1 FROM n WHERE x < @to) INSERT OR IGNORE INTO target_members (campaign_id, member_no) SELECT @id, x FROM n',
  );
  const addOffers = db.prepare<{ id: number; from: number; to: number; at: string }>(
    `INSERT OR IGNORE INTO offers (campaign_id, member_no, status, created_at)
     SELECT campaign_id, member_no, 'pending', @at FROM target_members WHERE campaign_id = @id AND member_no > @from AND member_no <= @to`,
  );
  const statements = new Map<string, ReturnType<typeof db.prepare>>();

  /** Sets or adds to fields, stamps `updated_at`, emits `campaign_updated` with what changed. */
  function update(emit: Emit, id: number, set: Partial<Record<CampaignField, string | number | null>>, add: Partial<Record<CampaignField, number>> = {}): Campaign {
    const fields = [...Object.keys(set), ...Object.keys(add)] as CampaignField[];
    const key = `${Object.keys(set).join(',')}|${Object.keys(add).join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      const parts = [...Object.keys(set).map((f) => `${columns[f as CampaignField]} = @${f}`), ...Object.keys(add).map((f) => `${columns[f as CampaignField]} = ${columns[f as CampaignField]} + @${f}`)];
      statement = db.prepare(`UPDATE campaigns SET ${parts.join(', ')}, updated_at = @at WHERE id = @id`);
      statements.set(key, statement);
    }
    const at = new Date().toISOString();
    statement.run({ ...set, ...add, at, id });
    const campaign = rows.campaign(id)!;
    emit(campaignTopic.build({ id: String(id) }), { type: 'campaign_updated', payload: { campaign, changed: fields, at } });
    changed(campaign);
    return campaign;
  }

  return {
    update,
    create(emit: Emit, orgId: string, marketer: string, name: string, targetSize: number): Campaign {
      const at = new Date().toISOString();
      const id = Number(insert.run(orgId, marketer, name, targetSize, at, at).lastInsertRowid);
      const campaign = rows.campaign(id)!;
      emit(campaignTopic.build({ id: String(id) }), { type: 'campaign_updated', payload: { campaign, changed: ['name', 'status', 'targetSize'], at } });
      changed(campaign);
      return campaign;
    },
    /** Adds members `from`+1..`to` of the target; returns how many were new. */
    populate: (emit: Emit, id: number, from: number, to: number) => {
      const added = addMembers.run({ id, from, to }).changes;
      update(emit, id, {}, { targetPopulated: added });
      return added;
    },
    /** Creates pending offers for members `from`+1..`to` who have none; returns how many were created. */
    offers: (emit: Emit, id: number, from: number, to: number) => {
      const created = addOffers.run({ id, from, to, at: new Date().toISOString() }).changes;
      if (created > 0) update(emit, id, {}, { pendingOffers: created });
      return created;
    },
  };
}

export type CampaignWrites = ReturnType<typeof createCampaignWrites>;

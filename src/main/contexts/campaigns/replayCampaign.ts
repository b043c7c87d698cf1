/**
 * The audit trail of a campaign: "what changed?" (who, when, which fields, which event) read from the kernel's
 * audit trail (kept even when the live log is pruned), and replay: the campaign's state at a time, rebuilt by
 * applying each `campaign_updated` event's changed fields in order from the first.
 * @internal Used by the campaigns context only.
 */
import type { AuditEntry, Campaign, CampaignField, LogEvent } from '../../../shared/contract';

export function auditEntries(events: readonly LogEvent[]): AuditEntry[] {
  return events.map((event) => {
    const at = new Date(event.at).toISOString();
    if (event.type !== 'campaign_updated') {
      const values = event.payload as Record<string, unknown>;
      return { seq: event.seq, at, type: event.type, actor: `${event.actor.kind}:${event.actor.id}`, changed: [], values };
    }
    const { campaign, changed } = event.payload as { campaign: Campaign; changed: CampaignField[] };
    return {
      seq: event.seq,
      at,
      type: event.type,
      actor: `${event.actor.kind}:${event.actor.id}`,
      changed,
      values: Object.fromEntries(changed.map((field) => [field, campaign[field]])),
    };
  });
}

/** The campaign as it was at `asOf` (epoch ms): null before it existed. */
export function replayCampaign(events: readonly LogEvent[], asOf: number): Campaign | null {
  let state: Campaign | null = null;
  for (const event of events) {
    if (event.at > asOf) break;
    if (event.type !== 'campaign_updated') continue;
    const { campaign, changed } = event.payload as { campaign: Campaign; changed: CampaignField[] };
    if (state === null) {
      state = { ...campaign };
      continue;
    }
    const next: Campaign = { ...state, updatedAt: campaign.updatedAt };
    for (const field of changed) Object.assign(next, { [field]: campaign[field] });
    state = next;
  }
  return state;
}

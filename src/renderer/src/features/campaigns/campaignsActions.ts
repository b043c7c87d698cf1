/**
 * Create, launch and refresh a campaign. Create returns its result for the form to show beside its fields; launch
 * and refresh show their write in flight on the row's button and toast a failure with what to do. Each waits until
 * its change is in this window's replicas.
 */
import type { Campaign, Marketer, Result } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { toResult } from '../../stores/toResult';
import { failureMessage, toastsStore } from '../toasts';

export type CampaignAction = 'launch' | 'refresh';

export interface CampaignsActions {
  /** Campaign id → the write in flight for it. */
  readonly pending: Readonly<Record<number, CampaignAction>>;
  tryCreate(input: { name: string; marketer: string; targetSize: number }): Promise<Result<Campaign>>;
  act(campaign: Pick<Campaign, 'id' | 'name'>, action: CampaignAction): Promise<boolean>;
}

const words: Record<CampaignAction, string> = { launch: 'Launching', refresh: 'Refreshing offers of' };

export function campaignsActions({ get, set, write, stores }: ActionsContext<readonly Marketer[], CampaignsActions>): CampaignsActions {
  return {
    pending: {},
    tryCreate: (input) => toResult(write('campaigns.create', input)),
    async act({ id, name }, action) {
      if (get().pending[id]) return false;
      set({ pending: { ...get().pending, [id]: action } });
      try {
        await write(action === 'launch' ? 'campaigns.launch' : 'campaigns.refreshOffers', { id });
        return true;
      } catch (error) {
        stores.get(toastsStore).getState().push({ kind: 'error', message: failureMessage(`${words[action]} “${name}”`, error) });
        return false;
      } finally {
        const { [id]: _done, ...rest } = get().pending;
        set({ pending: rest });
      }
    },
  };
}

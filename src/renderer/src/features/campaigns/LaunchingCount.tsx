/**
 * The Campaigns entry's sidebar count: campaigns being launched (populating their target or creating offers) across
 * the user's marketers, shown only while there are any. It keeps each marketer's list live while the window is open.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Marketer } from '../../../../shared/contract';
import { useStores } from '../../stores/StoresProvider';
import { useStore } from '../../stores/useStore';
import { campaignsListStore } from './campaignsListStore';
import { isLaunching } from './campaignText';
import { marketersStore } from './marketersStore';

const none: readonly Marketer[] = [];

export function LaunchingCount() {
  const marketers = useStore(marketersStore, (s) => s.data ?? none);
  const family = useStores().get(campaignsListStore);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = marketers.map((m) => family.get(m.id).subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [family, marketers],
  );
  const count = useSyncExternalStore(subscribe, () =>
    marketers.reduce((n, m) => n + (family.get(m.id).getState().data?.filter((c) => isLaunching(c.status)).length ?? 0), 0),
  );
  return (
    <span className="sidebar-count campaigns-launching-count" data-testid="nav-campaigns-count" aria-label={count ? `${count} launching` : undefined}>
      {count ? count : ''}
    </span>
  );
}

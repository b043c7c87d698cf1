/** Renders a feature's view with a window's stores (built over the fake client), for the feature component tests. */
import type { ReactNode } from 'react';
import type { ReplicaDriver } from '../../../../src/renderer/src/sync/createReplica';
import type { Stores } from '../../../../src/renderer/src/stores/buildStores';
import { StoresProvider } from '../../../../src/renderer/src/stores/StoresProvider';
import type { FakeClient } from '../support/createFakeClient';
import { renderRoot, type Rendered } from '../ui/renderRoot';

export function renderWithStores(stores: Stores, node: ReactNode): Rendered {
  return renderRoot(<StoresProvider stores={stores}>{node}</StoresProvider>);
}

/** The replica the fake client made for `view` (the newest one, if several). */
export function replicaOf(fake: FakeClient, view: string): ReplicaDriver<unknown> {
  const found = fake.replicas.findLast((r) => r.key.startsWith(`${view}:`));
  if (!found) throw new Error(`no replica of ${view}; made: ${fake.replicas.map((r) => r.key).join(', ')}`);
  return found;
}

// @vitest-environment happy-dom
/**
 * The Campaigns view over the window's stores: a section per marketer of the user, each list patched in place by
 * its `campaigns_updated` batches (only the changed row re-renders with new figures), Launch sent as a command, and
 * the sidebar's count of campaigns being launched.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../../src/shared/contract';
import { campaignsListStore } from '../../../../../src/renderer/src/features/campaigns/campaignsListStore';
import { CampaignsView } from '../../../../../src/renderer/src/features/campaigns/CampaignsView';
import { LaunchingCount } from '../../../../../src/renderer/src/features/campaigns/LaunchingCount';
import { marketersStore } from '../../../../../src/renderer/src/features/campaigns/marketersStore';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type Rendered } from '../../ui/renderRoot';
import { renderWithStores } from '../renderWithStores';
import { campaign } from './campaignFixture';

const marketers = [
  { id: 'acme-outdoor', orgId: 'acme', name: 'Acme Outdoor', members: ['alice', 'bob'] },
  { id: 'acme-tools', orgId: 'acme', name: 'Acme Tools', members: ['alice'] },
];

describe('CampaignsView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const listOf = (marketer: string) => fake.replicas.findLast((r) => r.key === `campaigns.list:${JSON.stringify({ marketer })}`)!;
  const rows = (marketer: string) => [...document.querySelectorAll<HTMLElement>(`[data-marketer="${marketer}"] [data-testid="campaign-row"]`)];
  const cell = (row: HTMLElement, id: string) => row.querySelector(`[data-testid="campaign-${id}"]`)?.textContent;
  const updated = (seq: number, campaigns: Campaign[]) =>
    act(() => listOf('acme-outdoor').receive([{ seq, topic: 'marketer:acme-outdoor:campaigns', type: 'campaigns_updated', payload: { campaigns, ids: campaigns.map((c) => c.id), at: new Date().toISOString() } }]));

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, marketersStore, campaignsListStore], { graceMs: 0, settleMs: 0 });
    view = renderWithStores(
      stores,
      <>
        <LaunchingCount />
        <CampaignsView />
      </>,
    );
    act(() => fake.replicas.find((r) => r.key.startsWith('campaigns.marketers'))!.loaded(1, marketers));
    act(() => listOf('acme-outdoor').loaded(1, { campaigns: [campaign(2, { name: 'Summer' }), campaign(1, { name: 'Spring', status: 'active', pendingOffers: 10 })] }));
    act(() => listOf('acme-tools').loaded(1, { campaigns: [] }));
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
  });

  it('shows a section per marketer, patches the changed rows of a batch and adds new ones', () => {
    expect([...document.querySelectorAll('[data-testid="campaigns-marketer"]')].map((s) => s.getAttribute('data-marketer'))).toEqual(['acme-outdoor', 'acme-tools']);
    expect(rows('acme-outdoor').map((r) => r.dataset['campaignId'])).toEqual(['2', '1']);
    expect(document.querySelector('[data-testid="nav-campaigns-count"]')?.textContent).toBe('');

    updated(2, [campaign(2, { name: 'Summer', status: 'creating_offers', targetPopulated: 20000, pendingOffers: 5000, updatedAt: '2026-11-27T10:00:05.000Z' }), campaign(3, { name: 'Autumn' })]);
    expect(rows('acme-outdoor').map((r) => r.dataset['campaignId'])).toEqual(['3', '2', '1']);
    const summer = rows('acme-outdoor')[1]!;
    expect(summer.dataset['status']).toBe('creating_offers');
    expect(cell(summer, 'pending')).toBe('5,000');
    expect(cell(summer, 'populated')).toBe('20,000');
    expect(cell(rows('acme-outdoor')[2]!, 'pending')).toBe('10');
    expect(document.querySelector('[data-testid="nav-campaigns-count"]')?.textContent).toBe('1');
  });

  it('launches a draft with one command, the button busy until it is answered', async () => {
    const launch = rows('acme-outdoor')[0]!.querySelector<HTMLButtonElement>('[data-testid="campaign-launch"]')!;
    act(() => fire(launch, new MouseEvent('click', { bubbles: true })));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['campaigns.launch', { id: 2 }]]);
    expect(rows('acme-outdoor')[0]!.querySelector('[data-testid="campaign-launch"]')?.textContent).toBe('Launching…');
    await act(async () => fake.commands[0]!.resolve(campaign(2, { status: 'populating' }), 1));
    expect(rows('acme-outdoor')[1]!.querySelector('[data-testid="campaign-refresh"]')?.textContent).toBe('Refresh offers');
  });
});

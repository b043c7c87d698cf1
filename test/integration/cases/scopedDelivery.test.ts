/**
 * `case:created` and `case:synced` are one topic each for every organization, as in the seed; the kernel hands each
 * window only its own organization's events, live and when a window resumes from the log after a drop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../src/shared/contract';
import { userActor } from '../../../src/main/kernel/actor';
import { createSyncClient, type SyncClient, type ViewReducer } from '../../../src/renderer/src/sync/createSyncClient';
import { createMemoryPair } from '../../support/createMemoryPair';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
let register: FixtureRegister;
const clients: SyncClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.dispose();
  core?.dispose();
  await register?.close();
});

/** Every case the window heard of, by reference, with the organization the event carried. */
const heard: ViewReducer<'cases.recent', Map<string, string>> = {
  init: (snapshot) => new Map(snapshot.cases.map((c) => [c.reference, c.orgId])),
  reduce: (state, event) => new Map(state).set(event.payload.case.reference, event.payload.case.orgId),
};

describe('organization-scoped topics', () => {
  it('deliver each organization only its own cases, live and on resume', async () => {
    core = createTestCore({ cases: { requestsPerSecond: 0 } });
    register = await startFixtureRegister({ pages: 4, perPage: 5, delayMs: 20 });
    const window = (user: string, id: string) => {
      const pair = createMemoryPair({ auto: true });
      core.kernel.sync.connect(id, pair.server);
      const client = createSyncClient(pair.client);
      clients.push(client);
      return { pair, client };
    };
    const alice = window('alice', 'w-alice');
    const carol = window('carol', 'w-carol');
    await alice.client.signIn('alice');
    await carol.client.signIn('carol');
    const aliceCases = alice.client.watch('cases.recent', { cutoffMinutes: 10 }, heard);
    const carolCases = carol.client.watch('cases.recent', { cutoffMinutes: 10 }, heard);
    await waitFor(() => aliceCases.getState().status === 'live' && carolCases.getState().status === 'live', 'both windows live');

    const actor = userActor(core.accounts.resolveUser('alice'));
    const source = (await core.kernel.registry.run('sources.add', { name: 'r', url: register.url, format: 'html-table' }, { actor })) as { id: number };
    const scrape = (await core.kernel.registry.run('scrapes.start', { sourceId: source.id }, { actor })) as { id: number };
    // carol's window drops mid-scrape and comes back: it resumes from the log, which holds acme's events.
    await waitFor(() => (core.cases.scrape(scrape.id)?.pagesDone ?? 0) >= 1, 'a first page');
    carol.pair.drop();
    await waitFor(() => core.cases.scrape(scrape.id)?.status === 'completed', 'the scrape to finish', 10_000);
    core.kernel.sync.connect('w-carol-2', carol.pair.reopen());

    await waitFor(() => aliceCases.getState().data?.size === 20, 'alice to hear of all 20 cases');
    expect([...aliceCases.getState().data!.values()].every((org) => org === 'acme')).toBe(true);
    await waitFor(() => carolCases.getState().status === 'live', 'carol back live');
    expect(carolCases.getState().data?.size).toBe(0);
    // The shared topic carried acme's events in the log all along; none reached carol.
    const logged = core.kernel.log.readSince(['case:created'], 0);
    expect(logged).toHaveLength(20);
    expect(logged.every((e) => e.scope === 'acme')).toBe(true);
    const globexCase: Case[] = (core.kernel.registry.load('cases.recent', {}, userActor(core.accounts.resolveUser('carol'))).data as { cases: Case[] }).cases;
    expect(globexCase).toEqual([]);
  });
});

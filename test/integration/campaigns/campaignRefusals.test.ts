/**
 * What the campaigns commands and views refuse, and in which words: marketers of another organization or none at
 * all (for a window's user and for the REST API's token), a second launch, a refresh before the target exists, and
 * the lists each actor may read, newest first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Campaign } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';

let core: TestCore;
afterEach(() => core?.dispose());

const create = (name: string, marketer: string, who = core.user('alice')) => core.run<Campaign>('campaigns.create', { name, marketer, targetSize: 3 }, who);
const list = (params: { marketer?: string }, who: Parameters<TestCore['load']>[2]) => core.load<{ campaigns: Campaign[] }>('campaigns.list', params, who).campaigns.map((c) => c.name);

describe('campaign refusals', () => {
  it('an API token acts on every marketer of its organization and on none of another’s', async () => {
    core = createTestCore();
    const tools = await create('Tools', 'acme-tools', core.acme);
    expect(tools).toMatchObject({ orgId: 'acme', marketer: 'acme-tools', status: 'draft' });
    const media = await create('Media', 'globex-media', core.globex);

    const head = core.kernel.log.head();
    await expect(create('Not mine', 'globex-media', core.acme)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Unknown marketer globex-media',
      details: { fields: { marketer: 'unknown marketer' } },
    });
    expect(() => core.load('campaigns.detail', { id: media.id }, core.acme)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: `No campaign ${media.id} for you` }));
    expect(() => core.load('campaigns.list', { marketer: 'globex-media' }, core.acme)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No marketer globex-media for you' }));
    expect(list({}, core.acme)).toEqual(['Tools']);
    expect(core.kernel.log.head()).toBe(head);
  });

  it('a marketer that does not exist is unknown, in words, to users and tokens alike', async () => {
    core = createTestCore();
    for (const who of [core.user('alice'), core.acme]) {
      await expect(create('Nowhere', 'no-such-marketer', who)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: 'Unknown marketer no-such-marketer',
        details: { fields: { marketer: 'unknown marketer' } },
      });
    }
    expect(() => core.load('campaigns.list', { marketer: 'no-such-marketer' }, core.acme)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('a campaign of a marketer the user is not in is not found, by id', async () => {
    core = createTestCore();
    const tools = await create('Tools only', 'acme-tools');
    expect(() => core.load('campaigns.detail', { id: tools.id }, core.user('bob'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: `No campaign ${tools.id} for you` }));
  });

  it('launches once: populating at once, and a second launch is a conflict naming the status', async () => {
    core = createTestCore();
    const alice = core.user('alice');
    const campaign = await create('Once', 'acme-outdoor');
    const launched = await core.run<Campaign>('campaigns.launch', { id: campaign.id }, alice);
    expect(launched).toMatchObject({ id: campaign.id, status: 'populating', launchedAt: expect.any(String) });
    await expect(core.run('campaigns.launch', { id: campaign.id }, alice)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Campaign ${campaign.id} was launched already (populating)`,
    });
    await core.queue.idle();
    await expect(core.run('campaigns.launch', { id: campaign.id }, alice)).rejects.toMatchObject({ message: `Campaign ${campaign.id} was launched already (active)` });
    // One launch: one populate job.
    const jobs = core.load<{ jobs: { worker: string }[] }>('queue.dashboard', {}, alice).jobs;
    expect(jobs.filter((j) => j.worker === 'campaigns.populateTarget')).toHaveLength(1);
  });

  it('refuses to refresh the offers of a campaign whose target is not populated yet', async () => {
    core = createTestCore();
    const alice = core.user('alice');
    const campaign = await create('Draft', 'acme-outdoor');
    await expect(core.run('campaigns.refreshOffers', { id: campaign.id }, alice)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Campaign ${campaign.id} has no populated target yet (draft)`,
    });
    const jobs = core.load<{ jobs: unknown[] }>('queue.dashboard', {}, alice).jobs;
    expect(jobs).toEqual([]);
  });

  it('lists one marketer’s campaigns, or every campaign the actor may see, newest first', async () => {
    core = createTestCore();
    // Interleaved across marketers, so newest-first overall differs from marketer by marketer.
    await create('A', 'acme-outdoor');
    await create('B', 'acme-tools');
    await create('C', 'acme-outdoor');
    await create('D', 'acme-tools');
    const alice = core.user('alice');
    const bob = core.user('bob');
    expect(list({ marketer: 'acme-tools' }, alice)).toEqual(['D', 'B']);
    expect(list({ marketer: 'acme-outdoor' }, bob)).toEqual(['C', 'A']);
    expect(list({}, alice)).toEqual(['D', 'C', 'B', 'A']);
    expect(list({}, core.acme)).toEqual(['D', 'C', 'B', 'A']);
    expect(list({}, bob)).toEqual(['C', 'A']);
    expect(() => core.load('campaigns.list', { marketer: 'acme-tools' }, bob)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No marketer acme-tools for you' }));
  });
});

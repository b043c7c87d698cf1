/** A campaign's target bound: the refusal names the bound the schema enforces, in the words a user reads. */
import { describe, expect, it } from 'vitest';
import { createCampaignInput, MAX_TARGET_SIZE } from '../../../src/shared/contract';

describe('createCampaignInput', () => {
  it('takes a target of MAX_TARGET_SIZE and refuses one more, naming the bound', () => {
    const input = { name: 'Spring', marketer: 'acme-outdoor' };
    expect(createCampaignInput.safeParse({ ...input, targetSize: MAX_TARGET_SIZE }).success).toBe(true);
    const refused = createCampaignInput.safeParse({ ...input, targetSize: MAX_TARGET_SIZE + 1 });
    expect(refused.error?.issues.map((i) => i.message)).toEqual([`targetSize is at most ${MAX_TARGET_SIZE.toLocaleString('en-US')}`]);
  });
});

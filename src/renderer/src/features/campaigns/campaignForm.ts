/** The new-campaign form over its text fields, checked with the contract's own rules (`createCampaignInput`). Pure. */
import { z } from 'zod';
import { createCampaignInput } from '../../../../shared/contract';

const { name, marketer, targetSize } = createCampaignInput.shape;

export const newCampaignForm = z.object({
  name,
  marketer: z.string().min(1, 'Pick a marketer').pipe(marketer),
  // Typed as text; "20,000" and "20 000" read as 20000.
  targetSize: z
    .string()
    .trim()
    .min(1, 'targetSize is required')
    .regex(/^-?[\d][\d,_ ]*$/, 'targetSize must be a whole number')
    .transform((text) => Number(text.replace(/[,_ ]/g, '')))
    .pipe(targetSize),
});

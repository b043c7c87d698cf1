/** The Campaigns view (`#/campaigns`) and one campaign's page (`#/campaigns/<id>`). */
import { defineRoute } from '../../app/router';

export const campaignsRoute = defineRoute('/campaigns');

/** Campaign ids are positive integers; anything else is no page. */
export const campaignRoute = defineRoute('/campaigns/:campaignId', ({ campaignId }) => (/^[1-9]\d*$/.test(campaignId) ? { campaignId: Number(campaignId) } : undefined));

/** A megaphone, for the sidebar (16×16). */
export const campaignsIcon = 'M2 6.5h3l7-3.5v10l-7-3.5H2zM5 9.5l1.2 4h2L7.3 10';

/** One campaign's page state per campaign id (the `campaigns.detail` replica on `campaign:<id>`). */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { campaignDetailReducer } from './campaignDetailReducer';

export const campaignDetailStore = defineReplicaFamily({ view: 'campaigns.detail', params: (id: number) => ({ id }), ...campaignDetailReducer });

/** One marketer's campaigns, live (the `campaigns.list` replica per marketer id): the list's sections and the sidebar count. */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { campaignsListReducer } from './campaignsListReducer';

export const campaignsListStore = defineReplicaFamily({ view: 'campaigns.list', params: (marketer: string) => ({ marketer }), ...campaignsListReducer });

/** Who of this organization has a window open (the `presence.list` replica), for the top bar's avatars. */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { presenceReducer } from './presenceReducer';

export const presenceStore = defineReplicaStore({ view: 'presence.list', params: () => ({}), ...presenceReducer });

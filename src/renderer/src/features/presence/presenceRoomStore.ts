/** Who is in each room this window is in (the `presence.room` replicas, one per room key); following one is being in it. */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { presenceRoomReducer } from './presenceReducer';

export const presenceRoomStore = defineReplicaFamily({ view: 'presence.room', params: (room: string) => ({ room }), ...presenceRoomReducer });

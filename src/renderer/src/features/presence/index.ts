/**
 * The presence feature: who else of the organization is here, live, as avatars in the top bar; and presence rooms,
 * who else is viewing the same run or case (`usePresenceRoom`, called by those pages).
 */
import { defineFeature } from '../../app/defineFeature';
import { currentRoomStore } from './currentRoomStore';
import { presenceRoomStore } from './presenceRoomStore';
import { presenceStore } from './presenceStore';

export { PresenceAvatars } from './PresenceAvatars';
export { presenceReducer, presenceRoomReducer } from './presenceReducer';
export { presenceStore } from './presenceStore';
export { usePresenceRoom } from './usePresenceRoom';

export const presenceFeature = defineFeature({ name: 'presence', stores: [presenceStore, presenceRoomStore, currentRoomStore] });

/** The presence feature: who else of the organization is here, live, as avatars in the top bar. */
import { defineFeature } from '../../app/defineFeature';
import { presenceStore } from './presenceStore';

export { PresenceAvatars } from './PresenceAvatars';
export { presenceReducer } from './presenceReducer';
export { presenceStore } from './presenceStore';

export const presenceFeature = defineFeature({ name: 'presence', stores: [presenceStore] });

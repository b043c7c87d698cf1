/** The connection feature: the client's connection state as a store, its badge, and the write guard every form and row action uses. */
import { defineFeature } from '../../app/defineFeature';
import { connectionStore } from './connectionStore';

export { ConnectionBadge } from './ConnectionBadge';
export { connectionStore, type ConnectionState } from './connectionStore';
export { useCanWrite } from './useCanWrite';
export { WriteButton } from './WriteButton';

export const connectionFeature = defineFeature({ name: 'connection', stores: [connectionStore] });

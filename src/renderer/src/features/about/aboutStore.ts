/**
 * What the About panel shows (the `about.app` view: version, data folder, API URL, shell). The view follows no
 * topic, so its replica is one snapshot, taken when the panel opens and let go a grace period after it closes.
 */
import type { About } from '../../../../shared/contract';
import { defineReplicaStore } from '../../stores/defineReplicaStore';

export const aboutStore = defineReplicaStore({
  view: 'about.app',
  params: () => ({}),
  init: (about: About) => about,
  // No topic, so no event ever arrives.
  reduce: (about) => about,
});

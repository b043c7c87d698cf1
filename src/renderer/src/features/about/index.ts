/** The about feature: the app's facts (`about.app`) and the panel the frame opens from its top bar. */
import { defineFeature } from '../../app/defineFeature';
import { aboutStore } from './aboutStore';

export { AboutPanel } from './AboutPanel';

export const aboutFeature = defineFeature({ name: 'about', stores: [aboutStore] });

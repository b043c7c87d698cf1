/** The Inspector view's route (`#/inspector`) and sidebar icon. */
import { defineRoute } from '../../app/router';

export const inspectorRoute = defineRoute('/inspector');

/** A pulse line, for the sidebar (16×16). */
export const inspectorIcon = 'M1 8.5h3l1.8-4.5 2.6 8 1.9-3.5H15';

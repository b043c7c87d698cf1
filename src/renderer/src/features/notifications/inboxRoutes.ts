/** The Inbox view's route (`#/inbox`): the user's notifications, filters, mark one or all read. */
import { defineRoute } from '../../app/router';

export const inboxRoute = defineRoute('/inbox');

/** A tray with an envelope's flap, for the sidebar (16×16). */
export const inboxIcon = 'M2 3.5h12v9H2zM2 9h3.5l1 1.5h3l1-1.5H14';

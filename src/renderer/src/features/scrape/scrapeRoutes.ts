/** The Scrape view's route (`#/scrape`) and sidebar icon. */
import { defineRoute } from '../../app/router';

export const scrapeRoute = defineRoute('/scrape');

/** A page with a downward arrow, for the sidebar (16×16). */
export const scrapeIcon = 'M3 1.5h7l3 3v10H3zM8 5v6M5.5 8.5 8 11l2.5-2.5';

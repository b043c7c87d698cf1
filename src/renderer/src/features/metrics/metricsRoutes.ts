/** The Metrics view's route (`#/metrics`) and sidebar icon. */
import { defineRoute } from '../../app/router';

export const metricsRoute = defineRoute('/metrics');

/** Three bars of a histogram, for the sidebar (16×16). */
export const metricsIcon = 'M2 14V8h3v6zM6.5 14V3h3v11zM11 14V6h3v8zM1 14.5h14';

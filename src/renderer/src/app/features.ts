/**
 * The features of a signed-in window, in one list: the window's stores are built from it and its route list (the
 * router, sidebar, Alt+digit shortcuts, shortcut sheet and window title) is read from it. A new view is one entry.
 */
import { aboutFeature } from '../features/about';
import { agentsFeature } from '../features/agents';
import { campaignsFeature } from '../features/campaigns';
import { casesFeature } from '../features/cases';
import { connectionFeature } from '../features/connection';
import type { Feature } from './defineFeature';
import { inspectorFeature } from '../features/inspector';
import { jobsFeature } from '../features/jobs';
import { metricsFeature } from '../features/metrics';
import { notificationsFeature } from '../features/notifications';
import { presenceFeature } from '../features/presence';
import { queueFeature } from '../features/queue';
import { runsFeature } from '../features/runs';
import { scrapeFeature } from '../features/scrape';
import { toastsFeature } from '../features/toasts';
import { workflowsFeature } from '../features/workflows';
import type { Page } from './router';
import type { StoreDef } from '../stores/defineStore';

export const features: readonly Feature[] = [toastsFeature, connectionFeature, presenceFeature, aboutFeature, agentsFeature, jobsFeature, runsFeature, workflowsFeature, queueFeature, scrapeFeature, casesFeature, notificationsFeature, inspectorFeature, campaignsFeature, metricsFeature];

/** Every store a window has. */
export const storeList: readonly StoreDef<unknown>[] = features.flatMap((f) => f.stores ?? []);

/** Every page, top-level views and the pages reached by links alike. */
export const pageList: readonly Page[] = features.flatMap((f) => f.pages ?? []);

/** Every bench row family, in the order `npm run bench` runs them. A new measurement adds one line here. */
import type { BenchRow } from './benchRow';
import { busRows } from './rows/busRows';
import { campaignRows } from './rows/campaignRows';
import { casesScrollRows } from './rows/casesScrollRows';
import { casesWindowRows } from './rows/casesWindowRows';
import { consoleRows } from './rows/consoleRows';
import { eventLogRows } from './rows/eventLogRows';
import { ingestRows } from './rows/ingestRows';
import { latencyRows } from './rows/latencyRows';
import { notificationRows } from './rows/notificationRows';
import { queueRows } from './rows/queueRows';
import { schedulingRows } from './rows/schedulingRows';
import { widgetRows } from './rows/widgetRows';

export const benchRows: BenchRow[] = [
  busRows,
  eventLogRows,
  queueRows,
  ingestRows,
  casesWindowRows,
  casesScrollRows,
  campaignRows,
  latencyRows,
  consoleRows,
  schedulingRows,
  widgetRows,
  notificationRows,
];

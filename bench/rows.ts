/** Every bench row family, in the order `npm run bench` runs them. A new measurement adds one line here. */
import type { BenchRow } from './benchRow';
import { busRows } from './rows/busRows';
import { campaignRows } from './rows/campaignRows';
import { casesScrollRows } from './rows/casesScrollRows';
import { casesWindowRows } from './rows/casesWindowRows';
import { chromiumLatencyRows } from './rows/chromiumLatencyRows';
import { consoleRows } from './rows/consoleRows';
import { eventLogRows } from './rows/eventLogRows';
import { ingestRows } from './rows/ingestRows';
import { latencyRows } from './rows/latencyRows';
import { memoryRows } from './rows/memoryRows';
import { notificationRows } from './rows/notificationRows';
import { queueRows } from './rows/queueRows';
import { reloadRows } from './rows/reloadRows';
import { schedulingRows } from './rows/schedulingRows';
import { widgetRows } from './rows/widgetRows';
import { windowThroughputRows } from './rows/windowThroughputRows';

export const benchRows: BenchRow[] = [
  busRows,
  eventLogRows,
  queueRows,
  ingestRows,
  casesWindowRows,
  casesScrollRows,
  campaignRows,
  latencyRows,
  chromiumLatencyRows,
  windowThroughputRows,
  reloadRows,
  memoryRows,
  consoleRows,
  schedulingRows,
  widgetRows,
  notificationRows,
];

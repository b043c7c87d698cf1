/** Every bench row family, in the order `npm run bench` runs them. A new measurement adds one line here. */
import type { BenchRow } from './benchRow';
import { busRows } from './rows/busRows';
import { campaignRows } from './rows/campaignRows';
import { chromiumLatencyRows } from './rows/chromiumLatencyRows';
import { consoleRows } from './rows/consoleRows';
import { eventLogRows } from './rows/eventLogRows';
import { ingestRows } from './rows/ingestRows';
import { latencyRows } from './rows/latencyRows';
import { memoryRows } from './rows/memoryRows';
import { queueRows } from './rows/queueRows';
import { reloadRows } from './rows/reloadRows';
import { schedulingRows } from './rows/schedulingRows';
import { windowThroughputRows } from './rows/windowThroughputRows';

export const benchRows: BenchRow[] = [busRows, eventLogRows, queueRows, ingestRows, campaignRows, latencyRows, chromiumLatencyRows, windowThroughputRows, reloadRows, memoryRows, consoleRows, schedulingRows];

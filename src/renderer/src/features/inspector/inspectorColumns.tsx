/** The event list's columns: when it arrived, topic, type, seq, delivery latency and payload size. */
import type { DataColumn } from '../../ui/table/DataColumn';
import type { InspectedEvent } from './inspectedEvent';
import { formatClock, formatLatency, formatSize } from './inspectorFormat';

export const inspectorColumns: readonly DataColumn<InspectedEvent>[] = [
  {
    id: 'received',
    header: 'Received',
    width: 124,
    compare: (a, b) => a.id - b.id,
    firstDir: 'desc',
    cell: (e) => formatClock(e.receivedAt),
    className: 'cell-mono cell-muted',
  },
  { id: 'topic', header: 'Topic', rowHeader: true, sortValue: (e) => e.topic, title: (e) => e.topic, className: 'cell-mono' },
  { id: 'type', header: 'Type', width: 190, sortValue: (e) => e.type, title: (e) => e.type, className: 'cell-mono' },
  { id: 'seq', header: 'Seq', width: 80, sortValue: (e) => e.seq, firstDir: 'desc', className: 'cell-mono' },
  {
    id: 'latency',
    header: 'Latency',
    width: 96,
    sortValue: (e) => e.latencyMs,
    firstDir: 'desc',
    cell: (e) => <span data-testid="inspector-latency">{formatLatency(e.latencyMs)}</span>,
    title: () => 'Commit to this window',
    className: 'cell-mono',
  },
  { id: 'size', header: 'Size', width: 84, sortValue: (e) => e.size, firstDir: 'desc', cell: (e) => formatSize(e.size), className: 'cell-mono' },
];

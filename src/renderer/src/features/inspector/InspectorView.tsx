/**
 * The Inspector view (`#/inspector`): every event this window receives (topic, type, seq, delivery latency, payload
 * size) on the shared table, newest first, with filters, pause and clear; the selected event's payload; and the
 * host's side, the kernel's statistics, beside it.
 */
import { useCallback, useMemo, type MouseEvent } from 'react';
import { useStore } from '../../stores/useStore';
import { DataTable } from '../../ui/table/DataTable';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { EventDetail } from './EventDetail';
import { HostStats } from './HostStats';
import type { InspectedEvent } from './inspectedEvent';
import { inspectorColumns } from './inspectorColumns';
import { filterEvents, inspectorStore, recordedEvents } from './inspectorStore';
import { InspectorToolbar } from './InspectorToolbar';
import './inspector.css';

const noun = { one: 'event', other: 'events' };
const getRowId = (e: InspectedEvent) => String(e.id);

export function InspectorView() {
  const events = useStore(inspectorStore, recordedEvents);
  const filter = useStore(inspectorStore, (s) => s.filter);
  const type = useStore(inspectorStore, (s) => s.type);
  const paused = useStore(inspectorStore, (s) => s.paused);
  const selectedId = useStore(inspectorStore, (s) => s.selectedId);
  const select = useStore(inspectorStore, (s) => s.select);
  const shown = useMemo(() => filterEvents(events, filter, type), [events, filter, type]);
  const selected = selectedId === undefined ? undefined : events.find((e) => e.id === selectedId);
  const close = useCallback(() => select(undefined), [select]);
  const activate = useCallback((e: InspectedEvent) => select(e.id), [select]);
  const rowProps = useCallback(
    (e: InspectedEvent): RowAttributes => ({
      'data-testid': 'inspector-row',
      'data-event-id': e.id,
      'data-topic': e.topic,
      'data-type': e.type,
      'data-selected': e.id === selectedId ? 'true' : undefined,
      className: e.id === selectedId ? 'inspector-row-selected' : undefined,
    }),
    [selectedId],
  );
  // A click anywhere on a row selects it; Enter on a focused row does the same through the table.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = (e.target as Element).closest('tr[data-event-id]')?.getAttribute('data-event-id');
    if (id) select(Number(id));
  };
  const filtered = events.length > 0 && shown.length === 0;
  return (
    <div className="view inspector-view">
      <InspectorToolbar shown={shown.length} />
      <div className="inspector-layout">
        <div className="inspector-main" onClick={onClick}>
          <DataTable<InspectedEvent>
            rows={shown}
            columns={inspectorColumns}
            getRowId={getRowId}
            noun={noun}
            initialSort={{ columnId: 'received', dir: 'desc' }}
            rowProps={rowProps}
            onRowActivate={activate}
            caption="Events this window received"
            testId="inspector-events"
            className="inspector-table"
            empty={
              filtered
                ? 'No recorded event matches the filters.'
                : paused
                  ? 'Paused: resume to record the events this window receives.'
                  : 'No events yet: they appear here as this window receives them (change an agent or schedule a build).'
            }
          />
          {selected && <EventDetail event={selected} onClose={close} />}
        </div>
        <HostStats />
      </div>
    </div>
  );
}

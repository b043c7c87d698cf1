/** The inspector's toolbar: filter by topic or type, one type only, pause/resume, clear, and what is recorded. */
import { useMemo } from 'react';
import { useStore } from '../../stores/useStore';
import { TableFilter } from '../../ui/table/TableFilter';
import { inspectorStore, recordedEvents } from './inspectorStore';

export function InspectorToolbar({ shown }: { shown: number }) {
  const events = useStore(inspectorStore, recordedEvents);
  const filter = useStore(inspectorStore, (s) => s.filter);
  const type = useStore(inspectorStore, (s) => s.type);
  const paused = useStore(inspectorStore, (s) => s.paused);
  const missed = useStore(inspectorStore, (s) => s.missed);
  const limit = useStore(inspectorStore, (s) => s.limit);
  // Actions never change: read once from the store's state.
  const { setFilter, setType, setPaused, clear } = useStore(inspectorStore, (s) => s);
  // The types seen so far; the chosen one stays listed after a clear, so the select never shows a blank.
  const types = useMemo(() => [...new Set(events.map((e) => e.type)).add(type)].filter(Boolean).sort(), [events, type]);
  const filtering = filter.trim() !== '' || type !== '';
  return (
    <div className="view-toolbar inspector-toolbar">
      <TableFilter value={filter} onChange={setFilter} label="Filter events by topic or type" placeholder="Filter by topic or type" testId="inspector-filter" />
      <select className="inspector-type" aria-label="Event type" data-testid="inspector-type" value={type} onChange={(e) => setType(e.target.value)}>
        <option value="">All types</option>
        {types.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" aria-pressed={paused} data-testid="inspector-pause" onClick={() => setPaused(!paused)}>
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" className="button button-small" data-testid="inspector-clear" onClick={clear} disabled={events.length === 0}>
        Clear
      </button>
      <span className="ui-table-count inspector-count" data-testid="inspector-count" title={`The latest ${limit} events are kept`}>
        {filtering ? `${shown} of ${events.length} events` : `${events.length} ${events.length === 1 ? 'event' : 'events'}`}
      </span>
      <span className="inspector-paused" aria-live="polite" data-testid="inspector-missed">
        {paused ? `Paused · ${missed} arrived while paused` : ''}
      </span>
    </div>
  );
}

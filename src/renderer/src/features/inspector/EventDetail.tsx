/**
 * The selected event beside the list: its topic, type, seq, times and the payload as pretty JSON. Escape or ×
 * closes it.
 */
import { useEffect } from 'react';
import type { InspectedEvent } from './inspectedEvent';
import { formatClock, formatLatency, formatSize } from './inspectorFormat';

export function EventDetail({ event, onClose }: { event: InspectedEvent; onClose(): void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section className="inspector-detail" aria-labelledby="inspector-detail-title" data-testid="inspector-detail" data-event-id={event.id}>
      <header className="inspector-detail-header">
        <h3 id="inspector-detail-title" className="inspector-heading">
          <span className="cell-mono">{event.type}</span> <span className="muted">on</span> <span className="cell-mono">{event.topic}</span>
        </h3>
        <button type="button" className="button button-quiet" aria-label="Close event detail" title="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="inspector-detail-meta muted">
        seq {event.seq} · received {formatClock(event.receivedAt)} · latency {formatLatency(event.latencyMs)} · {formatSize(event.size)}
      </p>
      <pre className="inspector-pre" data-testid="inspector-payload" tabIndex={0}>
        {event.payload === undefined ? '(no payload)' : JSON.stringify(event.payload, null, 2)}
      </pre>
    </section>
  );
}

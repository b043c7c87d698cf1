/**
 * How one event on a run's console topic changes the run page's data: appends go into the run's `ConsoleText`
 * (never one re-concatenated string), status updates replace the run. Pure: older values are left as they were.
 */
import type { Run, RunConsoleEvent, RunDetail, WireEvent } from '../../../../shared/contract';
import { createConsoleText, type ConsoleText } from './createConsoleText';

/** A run and its console so far, as the run page reads it. */
export interface RunConsole {
  readonly run: Run;
  readonly console: ConsoleText;
}

// One ConsoleText per snapshot, however often a selector asks, so selections stay referentially stable.
const fromSnapshot = new WeakMap<RunDetail, RunConsole>();

/** The replica holds the wire snapshot (`console` a string) until its first event; this reads either shape. */
export function toRunConsole(data: RunDetail | RunConsole): RunConsole {
  if (typeof data.console !== 'string') return data as RunConsole;
  const snapshot = data as RunDetail;
  let converted = fromSnapshot.get(snapshot);
  if (!converted) {
    converted = { run: snapshot.run, console: createConsoleText(snapshot.console) };
    fromSnapshot.set(snapshot, converted);
  }
  return converted;
}

export function applyRunConsoleEvent(data: RunDetail | RunConsole, wire: WireEvent): RunConsole {
  const current = toRunConsole(data);
  const event = wire as unknown as RunConsoleEvent;
  switch (event.type) {
    case 'console_append': {
      const { offset, text } = event.payload;
      if (offset !== current.console.length) {
        // The log delivers appends in order exactly once, so a gap or overlap is a bug upstream; applying it would
        // garble every later line, so the chunk is dropped and the bug made visible.
        console.error(
          `switchboard: console_append for run ${current.run.id} at offset ${offset}, but the console has ${current.console.length} characters; ignored`,
        );
        return current;
      }
      if (text.length === 0) return current;
      return { run: current.run, console: current.console.append(text) };
    }
    case 'run_updated':
      return event.payload.run.id === current.run.id ? { run: event.payload.run, console: current.console } : current;
    default:
      return current;
  }
}

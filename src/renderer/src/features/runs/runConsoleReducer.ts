/**
 * How the run page's state is made: the snapshot's console string becomes a `ConsoleText` once (`init`), then
 * appends go into it (never one re-concatenated string) and status updates replace the run. Pure: older values are
 * left as they were.
 */
import type { Run, RunConsoleEvent } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';
import { createConsoleText, type ConsoleText } from './createConsoleText';

/** A run and its console so far, as the run page reads it. */
export interface RunConsole {
  readonly run: Run;
  readonly console: ConsoleText;
}

export function applyRunConsoleEvent(current: RunConsole, event: ReplicaEvent<RunConsoleEvent>): RunConsole {
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

export const runConsoleReducer: ViewReducer<'runs.detail', RunConsole> = {
  init: (snapshot) => ({ run: snapshot.run, console: createConsoleText(snapshot.console) }),
  reduce: applyRunConsoleEvent,
};

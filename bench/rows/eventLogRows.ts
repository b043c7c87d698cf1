import { fmt, type BenchRow, type Row } from '../benchRow';
import { measureEventLog } from '../measureEventLog';

export const eventLogRows: BenchRow = {
  name: 'log',
  quick: true,
  run() {
    const log = measureEventLog();
    const rows: Row[] = [
      {
        measure: 'writes/s, row + event log (one tx each)',
        switchboard: fmt(log.loggedPerSec),
        baseline: `${fmt(log.plainPerSec)} (plain insert)`,
        ratio: `${(log.plainPerSec / log.loggedPerSec).toFixed(2)}x cost`,
        target: '<= 2x plain insert',
        values: { plainPerSec: log.plainPerSec, loggedPerSec: log.loggedPerSec, contextPerSec: log.contextPerSec },
      },
      {
        measure: 'writes/s, agents context register',
        switchboard: fmt(log.contextPerSec),
        baseline: `${fmt(log.plainPerSec)} (plain insert)`,
        ratio: `${(log.plainPerSec / log.contextPerSec).toFixed(2)}x cost`,
        target: 'reported',
      },
      {
        measure: `catch-up read of one topic, log at retention (${fmt(log.catchUp.events)} events over ${fmt(log.catchUp.topics)} topics), p50`,
        switchboard: `${log.catchUp.reconnectMs.toFixed(2)} ms 1k events behind; ${log.catchUp.wholeLogMs.toFixed(1)} ms the whole log behind`,
        baseline: `with an index on (topic, seq): ${log.catchUp.indexedReconnectMs.toFixed(2)} / ${log.catchUp.indexedWholeLogMs.toFixed(1)} ms`,
        target: 'reported (the writes above pay for no index)',
        values: { ...log.catchUp },
      },
    ];
    return rows;
  },
};

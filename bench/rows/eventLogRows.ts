import { fmt, type BenchRow } from '../benchRow';
import { measureEventLog } from '../measureEventLog';

export const eventLogRows: BenchRow = {
  name: 'log',
  quick: true,
  run() {
    const log = measureEventLog();
    return [
      {
        measure: 'writes/s, row + event log (one tx each)',
        switchboard: fmt(log.loggedPerSec),
        baseline: `${fmt(log.plainPerSec)} (plain insert)`,
        ratio: `${(log.plainPerSec / log.loggedPerSec).toFixed(2)}x cost`,
        target: '<= 2x plain insert',
        values: { ...log },
      },
      {
        measure: 'writes/s, agents context register',
        switchboard: fmt(log.contextPerSec),
        baseline: `${fmt(log.plainPerSec)} (plain insert)`,
        ratio: `${(log.plainPerSec / log.contextPerSec).toFixed(2)}x cost`,
        target: 'reported',
      },
    ];
  },
};

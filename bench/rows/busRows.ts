import { fmt, type BenchRow } from '../benchRow';
import { measureBus } from '../measureBus';

export const busRows: BenchRow = {
  name: 'bus',
  quick: true,
  run: () =>
    measureBus().map((r) => ({
      measure: `bus deliveries/s, ${r.scenario}`,
      switchboard: fmt(r.busPerSec),
      baseline: `${fmt(r.emitterPerSec)} (EventEmitter)`,
      ratio: `${(r.busPerSec / r.emitterPerSec).toFixed(2)}x`,
      target: '>= 1x EventEmitter',
      values: { busPerSec: r.busPerSec, emitterPerSec: r.emitterPerSec },
    })),
};

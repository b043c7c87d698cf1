/** When slow broadcasts are worth an alert: above the threshold for the whole sustain period, once per spell. */
import { describe, expect, it } from 'vitest';
import { createLatencyWatch } from '../../../../src/main/contexts/metrics/createLatencyWatch';

describe('createLatencyWatch', () => {
  it('alerts once p99 stayed above the threshold for the sustain period, once per spell', () => {
    const watch = createLatencyWatch({ thresholdMs: 250, sustainMs: 60_000 });
    expect(watch.observe(300, 0)).toBeNull();
    expect(watch.observe(400, 59_999)).toBeNull();
    expect(watch.observe(400, 60_000)).toBe(0);
    expect(watch.observe(900, 120_000)).toBeNull(); // the same spell: told already
    expect(watch.observe(100, 130_000)).toBeNull(); // back under: the spell ends
    expect(watch.observe(300, 140_000)).toBeNull();
    expect(watch.observe(300, 200_000)).toBe(140_000); // a new spell
  });

  it('starts over when latency dips under the threshold or traffic stops', () => {
    const watch = createLatencyWatch({ thresholdMs: 250, sustainMs: 60_000 });
    watch.observe(300, 0);
    watch.observe(250, 30_000); // at the threshold is not above it
    expect(watch.observe(300, 60_000)).toBeNull();
    watch.observe(null, 70_000);
    expect(watch.observe(300, 100_000)).toBeNull();
    expect(watch.observe(300, 160_000)).toBe(100_000);
  });
});

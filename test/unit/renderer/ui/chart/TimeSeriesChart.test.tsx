// @vitest-environment happy-dom
/**
 * The chart's lifecycle against a stand-in uPlot (happy-dom has no canvas): created once, new data through
 * setData, resized by a ResizeObserver, re-created only when what it plots changes, destroyed on unmount.
 */
import type uPlot from 'uplot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeSeriesChart } from '../../../../../src/renderer/src/ui/chart/TimeSeriesChart';
import { renderRoot, type Rendered } from '../renderRoot';

const plots = vi.hoisted(() => {
  class FakePlot {
    static created: FakePlot[] = [];
    readonly calls: string[] = [];
    data: uPlot.AlignedData;
    height: number;
    destroyed = false;
    constructor(
      readonly options: uPlot.Options,
      data: uPlot.AlignedData,
      readonly target: HTMLElement,
    ) {
      this.data = data;
      this.height = options.height;
      FakePlot.created.push(this);
    }
    setData(data: uPlot.AlignedData) {
      this.calls.push('setData');
      this.data = data;
    }
    setSize(size: { width: number; height: number }) {
      this.calls.push(`setSize ${size.width}x${size.height}`);
      this.height = size.height;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return FakePlot;
});
vi.mock('uplot', () => ({ default: plots }));

interface Observed {
  callback(): void;
  observed: Element[];
  disconnected: boolean;
}
const observers: Observed[] = [];
class FakeResizeObserver {
  readonly entry: Observed;
  constructor(callback: () => void) {
    this.entry = { callback, observed: [], disconnected: false };
    observers.push(this.entry);
  }
  observe(element: Element) {
    this.entry.observed.push(element);
  }
  disconnect() {
    this.entry.disconnected = true;
  }
}

const series = [{ label: 'Events', color: '--accent' }];
const first: uPlot.AlignedData = [[1, 2], [5, 6]];

let view: Rendered | undefined;
beforeEach(() => {
  plots.created = [];
  observers.length = 0;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // On the plot element itself: happy-dom does not inherit custom properties from :root as browsers do.
  document.head.innerHTML = '<style>.ui-chart-plot { --accent: #4f5bd5; }</style>';
});
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.unstubAllGlobals();
});

const chart = (props: Partial<Parameters<typeof TimeSeriesChart>[0]> = {}) => (
  <TimeSeriesChart title="Events per second" series={[...series]} data={first} xLabel="Time" yLabel="Events/s" height={200} testId="chart" {...props} />
);

describe('TimeSeriesChart', () => {
  it('creates one chart in its container, with the theme colour resolved and the axes labelled', () => {
    view = renderRoot(chart());
    expect(plots.created).toHaveLength(1);
    const plot = plots.created[0]!;
    expect(plot.data).toBe(first);
    expect(plot.options.axes?.map((a) => a.label)).toEqual(['Time', 'Events/s']);
    expect(plot.options.series[1]?.stroke).toBe('#4f5bd5');
    expect(plot.target.getAttribute('role')).toBe('img');
    expect(plot.target.getAttribute('aria-label')).toBe('Events per second');
  });

  it('feeds new data through setData without re-creating, even when the series array is a fresh one', () => {
    view = renderRoot(chart());
    const next: uPlot.AlignedData = [[1, 2, 3], [5, 6, 7]];
    view.render(chart({ data: next }));
    view.render(chart({ data: next, series: [{ label: 'Events', color: '--accent' }] }));
    expect(plots.created).toHaveLength(1);
    expect(plots.created[0]!.calls).toEqual(['setData']);
    expect(plots.created[0]!.data).toBe(next);
  });

  it('follows its container size and a new height', () => {
    view = renderRoot(chart());
    const plot = plots.created[0]!;
    expect(observers[0]?.observed).toEqual([plot.target]);
    observers[0]!.callback();
    expect(plot.calls).toEqual(['setSize 0x200']);
    view.render(chart({ height: 320 }));
    expect(plot.calls).toEqual(['setSize 0x200', 'setSize 0x320']);
    expect(plots.created).toHaveLength(1);
  });

  it('is re-created when what it plots changes, and destroyed on unmount', () => {
    view = renderRoot(chart());
    view.render(chart({ series: [...series, { label: 'Failures', color: '--failed' }] }));
    expect(plots.created).toHaveLength(2);
    expect(plots.created[0]!.destroyed).toBe(true);
    expect(observers[0]!.disconnected).toBe(true);
    view.unmount();
    view = undefined;
    expect(plots.created[1]!.destroyed).toBe(true);
    expect(observers[1]!.disconnected).toBe(true);
  });
});

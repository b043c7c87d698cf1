/** The uPlot options a TimeSeriesChart builds: labelled axes, one series per prop in its theme colour. */
import { describe, expect, it } from 'vitest';
import { chartOptions, legendText, type ChartTheme } from '../../../../../src/renderer/src/ui/chart/chartOptions';

const theme: ChartTheme = { fg: '#111', muted: '#666', grid: '#eee', font: 'system-ui', series: ['#4f5bd5', '#cf222e'] };
const base = {
  series: [
    { label: 'Events', color: '--accent' },
    { label: 'Failures', color: '--failed' },
  ],
  xLabel: 'Time',
  yLabel: 'Events per second',
  width: 640,
  height: 200,
  theme,
  time: true,
};

describe('chartOptions', () => {
  it('labels both axes in the theme colours', () => {
    const options = chartOptions(base);
    expect(options.axes?.map((a) => a.label)).toEqual(['Time', 'Events per second']);
    expect(options.axes?.every((a) => a.stroke === '#666' && a.grid?.stroke === '#eee')).toBe(true);
    expect(options.axes?.[0]?.font).toBe('11px system-ui');
    expect(options).toMatchObject({ width: 640, height: 200, scales: { x: { time: true } } });
  });

  it('has the x series, then one series per prop in its resolved colour', () => {
    const options = chartOptions(base);
    expect(options.series.map((s) => s.label)).toEqual(['Time', 'Events', 'Failures']);
    expect(options.series.slice(1).map((s) => s.stroke)).toEqual(['#4f5bd5', '#cf222e']);
    expect(chartOptions({ ...base, theme: { ...theme, series: [] } }).series[1]?.stroke).toBe('#111');
  });

  it('plots plain numbers when not a time series', () => {
    expect(chartOptions({ ...base, time: false }).scales?.x?.time).toBe(false);
  });

  it('formats y ticks and legend values with yFormat', () => {
    const options = chartOptions({ ...base, yFormat: (v) => `${v} ms` });
    expect(typeof options.axes?.[1]?.values).toBe('function');
    expect(typeof options.series[1]?.value).toBe('function');
    expect(chartOptions(base).axes?.[1]?.values).toBeUndefined();
    expect(legendText(12, (v) => `${v} ms`)).toBe('12 ms');
    expect(legendText(null, (v) => `${v} ms`)).toBe('—');
  });
});

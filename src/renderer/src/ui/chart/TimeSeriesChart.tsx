/**
 * A live line chart on uPlot. The chart is created once and fed new data with `setData`, so updates redraw in place
 * without re-creating or animating; it follows its container's width and the OS theme, and is destroyed on
 * unmount. It is re-created only when its series, labels or the theme change.
 */
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartOptions, type ChartSeries } from './chartOptions';
import { readChartTheme } from './readChartTheme';
import './timeSeriesChart.css';

interface Props {
  /** The chart's accessible name, e.g. "Events per second, last 5 minutes". */
  title: string;
  series: readonly ChartSeries[];
  /** uPlot's aligned arrays: x values (Unix seconds when `time`), then one array per series. */
  data: uPlot.AlignedData;
  xLabel: string;
  yLabel: string;
  height: number;
  time?: boolean;
  yFormat?: (value: number) => string;
  testId?: string;
}

const darkScheme = '(prefers-color-scheme: dark)';

/** Bumps when the OS switches between light and dark, so the chart re-reads its colours. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const query = window.matchMedia?.(darkScheme);
    if (!query) return;
    const onChange = () => setVersion((v) => v + 1);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return version;
}

export function TimeSeriesChart({ title, series, data, xLabel, yLabel, height, time = true, yFormat, testId }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const themeVersion = useThemeVersion();
  // Series arrive as fresh arrays on each render; only a change of what they say re-creates the chart.
  const seriesKey = series.map((s) => `${s.label}\u0000${s.color}`).join('\u0001');

  // Data, height and yFormat are read here only to create the chart; their changes are applied below without
  // re-creating it (yFormat is taken once).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const theme = readChartTheme(container, series);
    const options = chartOptions({ series, xLabel, yLabel, width: container.clientWidth, height, theme, time, yFormat });
    const plot = new uPlot(options, data, container);
    plotRef.current = plot;
    // Electron has ResizeObserver; the guard is for DOMs without layout (tests).
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => plot.setSize({ width: container.clientWidth, height: plot.height }));
    resize?.observe(container);
    return () => {
      resize?.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [seriesKey, xLabel, yLabel, time, themeVersion]);

  useEffect(() => {
    const plot = plotRef.current;
    if (plot && plot.data !== data) plot.setData(data);
  }, [data]);

  useEffect(() => {
    const plot = plotRef.current;
    const container = containerRef.current;
    if (plot && container && plot.height !== height) plot.setSize({ width: container.clientWidth, height });
  }, [height]);

  return (
    <figure className="ui-chart" data-testid={testId}>
      <figcaption className="visually-hidden">{title}</figcaption>
      <div ref={containerRef} className="ui-chart-plot" role="img" aria-label={title} />
    </figure>
  );
}

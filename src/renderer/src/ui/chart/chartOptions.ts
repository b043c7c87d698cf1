/**
 * The uPlot options of a TimeSeriesChart, built from its props and the current theme's colours: both axes
 * labelled, one series per prop in its colour, no animation (uPlot draws each update once). Pure.
 */
import type uPlot from 'uplot';

/** One line of a chart. */
export interface ChartSeries {
  label: string;
  /** A CSS custom property of the theme, e.g. '--accent' or '--failed'; resolved when the chart is drawn. */
  color: string;
}

/** The theme's colours, resolved from CSS (a canvas cannot read CSS variables). */
export interface ChartTheme {
  fg: string;
  muted: string;
  grid: string;
  font: string;
  /** One colour per series, in order. */
  series: readonly string[];
}

export interface ChartOptionsInput {
  series: readonly ChartSeries[];
  xLabel: string;
  yLabel: string;
  width: number;
  height: number;
  theme: ChartTheme;
  /** X values are Unix seconds shown as times; false for plain numbers. */
  time: boolean;
  /** Formats y values on the axis and in the legend (e.g. "12 ms"). */
  yFormat?: ((value: number) => string) | undefined;
}

/** A value in the legend: the formatted number, or a dash where the data has a gap. */
export const legendText = (value: number | null, format: (value: number) => string): string => (value === null ? '—' : format(value));

export function chartOptions({ series, xLabel, yLabel, width, height, theme, time, yFormat }: ChartOptionsInput): uPlot.Options {
  const axis = (label: string): uPlot.Axis => ({
    label,
    stroke: theme.muted,
    font: `11px ${theme.font}`,
    labelFont: `12px ${theme.font}`,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  });
  const yAxis = axis(yLabel);
  if (yFormat) yAxis.values = (_self, ticks) => ticks.map(yFormat);
  return {
    width,
    height,
    scales: { x: { time } },
    axes: [axis(xLabel), yAxis],
    series: [
      { label: xLabel },
      ...series.map((s, i): uPlot.Series => ({
        label: s.label,
        stroke: theme.series[i] ?? theme.fg,
        width: 1.5,
        points: { show: false },
        ...(yFormat ? { value: (_self: uPlot, value: number | null) => legendText(value, yFormat) } : {}),
      })),
    ],
    // Dragging would zoom, and the next live update would reset the zoom: a chart here is for looking, not exploring.
    cursor: { drag: { x: false, y: false } },
  };
}

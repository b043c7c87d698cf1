/**
 * Resolves the theme's colours for a chart from the CSS variables in effect at its element (base.css's tokens,
 * which follow the OS's light or dark theme), since uPlot draws on a canvas that cannot use them directly.
 */
import type { ChartSeries, ChartTheme } from './chartOptions';

export function readChartTheme(element: Element, series: readonly ChartSeries[]): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const fg = read('--fg', '#1f2328');
  return {
    fg,
    muted: read('--fg-muted', fg),
    grid: read('--border-subtle', 'rgba(128, 128, 128, 0.2)'),
    font: read('--font', 'system-ui, sans-serif'),
    series: series.map((s) => read(s.color, fg)),
  };
}

// A Chart.js bar chart on a <canvas>, owned by this component: created on mount, given new data when the
// spec changes, restyled when the page's theme or direction changes, destroyed on unmount.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { chartData, chartOptions, readLook, type ChartSpec, type Format } from './chart-config';
import { Chart } from './chart-js';

/** Height of the drawing area: fixed for columns, growing with the rows for sideways bars. */
function heightOf(spec: ChartSpec): number {
  return spec.horizontal ? 56 + spec.labels.length * (spec.stacked ? 28 : 22 * spec.series.length + 8) : 220;
}

export function CanvasChart({ spec, fmt, label, onUnavailable }: { spec: ChartSpec; fmt: Format; label: string; onUnavailable(): void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar', (number | null)[], string> | null>(null);
  const latest = useRef({ spec, fmt });
  latest.current = { spec, fmt };

  const redraw = () => {
    const chart = chartRef.current;
    if (!chart) return;
    const look = readLook(chart.canvas);
    chart.data = chartData(latest.current.spec, look);
    chart.options = chartOptions(latest.current.spec, look, latest.current.fmt);
    chart.update('none');
  };

  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    // No 2D context (a DOM without canvas, such as the unit tests', or a browser that refuses one):
    // the caller shows the table instead, so the figure is never blank.
    const context = typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    if (!context) return onUnavailable();
    try {
      const look = readLook(canvas);
      chartRef.current = new Chart(context, { type: 'bar', data: chartData(spec, look), options: chartOptions(spec, look, fmt) });
    } catch {
      return onUnavailable();
    }
    // The theme is an attribute on the dashboard's root; the colours are read again when it changes.
    const themed = canvas.closest('[data-theme]');
    const observer = new MutationObserver(redraw);
    if (themed) observer.observe(themed, { attributes: true, attributeFilter: ['data-theme', 'dir'] });
    return () => {
      observer.disconnect();
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);

  // Summaries are recomputed on every filter change; redraw only when what is drawn changed.
  const drawn = useRef<string | null>(null);
  const key = `${fmt.locale}\n${JSON.stringify(spec)}`;
  useEffect(() => {
    if (drawn.current !== null && drawn.current !== key) redraw();
    drawn.current = key;
  }, [key]);

  return (
    <div class="sf-canvas" style={{ height: `${heightOf(spec)}px` }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}

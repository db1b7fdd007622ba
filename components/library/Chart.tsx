// A small line chart of a figure by place and year, drawn by uPlot (imported only
// here, when a chart is first shown). Legend labels are set as text by uPlot.
import { useEffect, useRef } from 'preact/hooks';
import type { chartSeries } from '@/lib/library/tables';

type Series = ReturnType<typeof chartSeries>;

// Distinct in light and dark alike.
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

export function Chart({ series, title }: { series: Series; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: { destroy(): void } | undefined;
    let live = true;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (!live || !box.current) return;
      const fg = getComputedStyle(box.current).color;
      const axis = { stroke: fg, grid: { stroke: 'rgba(128,128,128,0.25)' }, ticks: { stroke: 'rgba(128,128,128,0.4)' } };
      plot = new UPlot(
        {
          width: Math.min(720, box.current.clientWidth || 720),
          height: 260,
          scales: { x: { time: false } },
          axes: [{ ...axis, values: (_u: unknown, ticks: number[]) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) }, axis],
          series: [
            { label: '' },
            ...series.places.map((p, i) => ({
              label: p.place,
              stroke: COLOURS[i % COLOURS.length],
              width: 2,
              points: { show: true, size: 6 },
              spanGaps: true,
            })),
          ],
        },
        [series.years, ...series.places.map((p) => p.values)] as never,
        box.current,
      );
    });
    return () => {
      live = false;
      plot?.destroy();
    };
  }, [series]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={title} />
    </figure>
  );
}

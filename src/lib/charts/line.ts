/**
 * Geometry of a small line chart with labelled points: used for the growth
 * of the network between the sources' years. The x axis is categorical (one
 * slot per period, evenly spaced) because the sources give approximate
 * years such as "about 2014", not dates.
 */
import { linearScale, niceTicks } from './scale.ts';

export interface LinePoint {
  /** The x category label, e.g. "c. 2014". */
  label: string;
  value: number;
}

export interface LineLayoutOptions {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: (LinePoint & { x: number; y: number })[];
  /** SVG path data joining the points. */
  path: string;
  ticks: { value: number; y: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutLine(data: readonly LinePoint[], options: LineLayoutOptions): LineLayout {
  if (data.length === 0) throw new Error('A line chart needs at least one point');
  const { width, height, margin = { top: 24, right: 32, bottom: 40, left: 64 } } = options;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const ticks = niceTicks(Math.max(...data.map((d) => d.value)), 4);
  const y = linearScale([0, ticks[ticks.length - 1] ?? 1], [plot.bottom, plot.top]);
  // Points sit in the middle of equal slots, so two points are not pinned to the edges.
  const slot = (plot.right - plot.left) / data.length;
  const points = data.map((d, i) => ({ ...d, x: round(plot.left + slot * (i + 0.5)), y: round(y(d.value)) }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  return { width, height, plot, points, path, ticks: ticks.map((value) => ({ value, y: round(y(value)) })) };
}

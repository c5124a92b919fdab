/**
 * Geometry of a horizontal bar chart: one row per item, labels on the left,
 * value printed at the end of each bar (so no reader needs the axis or the
 * colour to read a value).
 */
import { linearScale, niceTicks } from './scale.ts';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarLayoutOptions {
  width: number;
  /** Room for the category labels on the left. */
  labelWidth: number;
  barHeight?: number;
  gap?: number;
  /** Space above the first bar (for the axis labels). */
  top?: number;
  /** Space on the right for the value printed after the longest bar. */
  valueRoom?: number;
}

export interface BarRow extends BarDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value label starts, and the label's baseline. */
  valueX: number;
  textY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  bottom: number;
  rows: BarRow[];
  ticks: { value: number; x: number }[];
}

export function layoutHorizontalBars(data: readonly BarDatum[], options: BarLayoutOptions): BarLayout {
  const { width, labelWidth, barHeight = 22, gap = 10, top = 28, valueRoom = 48 } = options;
  for (const d of data) {
    if (!Number.isFinite(d.value) || d.value < 0) throw new Error(`Bar "${d.label}" has value ${d.value}; bars need a number of 0 or more`);
  }
  const max = Math.max(0, ...data.map((d) => d.value));
  const ticks = niceTicks(max, 4);
  const plotLeft = labelWidth;
  const plotRight = width - valueRoom;
  if (plotRight <= plotLeft) throw new Error(`Bar chart ${width} wide has no room for bars after ${labelWidth} of labels`);
  const x = linearScale([0, ticks[ticks.length - 1] ?? 1], [plotLeft, plotRight]);
  const rows = data.map((d, i) => {
    const y = top + i * (barHeight + gap);
    const w = x(d.value) - plotLeft;
    return { ...d, x: plotLeft, y, width: w, height: barHeight, valueX: plotLeft + w + 6, textY: y + barHeight / 2 };
  });
  const bottom = top + data.length * (barHeight + gap) - gap;
  return { width, height: bottom + 8, plotLeft, plotRight, top, bottom, rows, ticks: ticks.map((value) => ({ value, x: x(value) })) };
}

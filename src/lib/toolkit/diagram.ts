/**
 * Where a diagram slide's boxes and arrows go, in slide inches (the .pptx
 * unit). The .pptx builder draws them as editable PowerPoint shapes and the
 * browser viewer as an SVG with the same geometry, so the two agree.
 */
import type { DiagramKind, SlideDiagram } from './schema.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface DiagramBox extends Box {
  label: string;
  /** 1-based position, printed in the box for steps and cycles. */
  step: number;
}
/** A polyline from the first point to the last, with an arrow head at the end. */
export type Arrow = { x: number; y: number }[];

export interface DiagramLayout {
  kind: DiagramKind;
  area: Box;
  boxes: DiagramBox[];
  arrows: Arrow[];
}

const GAP = 0.45;

export function layoutDiagram(diagram: SlideDiagram, area: Box): DiagramLayout {
  const n = diagram.items.length;
  const boxes: DiagramBox[] = [];
  const arrows: Arrow[] = [];
  if (diagram.kind === 'levels') {
    // Stacked bands, each a little narrower: from the widest level to the nearest one.
    const h = (area.h - GAP * 0.5 * (n - 1)) / n;
    const inset = Math.min(0.35, area.w / (4 * n));
    diagram.items.forEach((label, i) => {
      const x = area.x + i * inset;
      boxes.push({ x, y: area.y + i * (h + GAP * 0.5), w: area.w - 2 * i * inset, h, label, step: i + 1 });
    });
    return { kind: diagram.kind, area, boxes, arrows };
  }
  // Steps and cycles: a row of boxes joined by arrows; a cycle adds a return arrow below.
  const loopRoom = diagram.kind === 'cycle' ? 0.7 : 0;
  const w = (area.w - GAP * (n - 1)) / n;
  const h = Math.min(area.h - loopRoom, w * 0.9);
  const y = area.y + (area.h - loopRoom - h) / 2;
  diagram.items.forEach((label, i) => boxes.push({ x: area.x + i * (w + GAP), y, w, h, label, step: i + 1 }));
  for (let i = 0; i < n - 1; i++) {
    const a = boxes[i]!;
    arrows.push([
      { x: a.x + a.w + 0.05, y: y + h / 2 },
      { x: a.x + a.w + GAP - 0.05, y: y + h / 2 },
    ]);
  }
  if (diagram.kind === 'cycle') {
    const first = boxes[0]!;
    const last = boxes[n - 1]!;
    const below = y + h + loopRoom * 0.6;
    arrows.push([
      { x: last.x + last.w / 2, y: y + h + 0.05 },
      { x: last.x + last.w / 2, y: below },
      { x: first.x + first.w / 2, y: below },
      { x: first.x + first.w / 2, y: y + h + 0.05 },
    ]);
  }
  return { kind: diagram.kind, area, boxes, arrows };
}

/** Slide size of the .pptx (16:9 "wide"), in inches. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.6;
/** Top of the body area, under the title band. */
export const BODY_TOP = 1.75;
/** Bottom of the body area, above the footer. */
export const BODY_BOTTOM = 6.75;

/**
 * Where a diagram slide puts its drawing and its text: steps and cycles run
 * across the slide with the text below; levels stand on the right of the text.
 */
export function diagramFrame(kind: DiagramKind, hasText: boolean): { diagram: Box; text: Box | null } {
  const full = { x: MARGIN, w: SLIDE_W - 2 * MARGIN };
  if (!hasText) return { diagram: { ...full, y: BODY_TOP + 0.2, h: BODY_BOTTOM - BODY_TOP - 0.4 }, text: null };
  if (kind === 'levels') {
    const textW = 5.4;
    return {
      text: { x: MARGIN, y: BODY_TOP, w: textW, h: BODY_BOTTOM - BODY_TOP },
      diagram: { x: MARGIN + textW + 0.5, y: BODY_TOP + 0.1, w: SLIDE_W - 2 * MARGIN - textW - 0.5, h: BODY_BOTTOM - BODY_TOP - 0.2 },
    };
  }
  return {
    diagram: { ...full, y: BODY_TOP + 0.1, h: 3.0 },
    text: { ...full, y: BODY_TOP + 3.35, h: BODY_BOTTOM - BODY_TOP - 3.35 },
  };
}

/**
 * Where a picture slide puts its picture and its text: the picture as tall as the body allows (a
 * diagram drawn for a phone is taller than wide), on the right; the bullets fill the rest.
 */
export function pictureFrame(width: number, height: number, hasText: boolean): { picture: Box; text: Box | null } {
  const maxH = BODY_BOTTOM - BODY_TOP;
  const maxW = hasText ? (SLIDE_W - 2 * MARGIN) * 0.55 : SLIDE_W - 2 * MARGIN;
  const scale = Math.min(maxH / height, maxW / width);
  const w = width * scale;
  const h = height * scale;
  const x = hasText ? SLIDE_W - MARGIN - w : (SLIDE_W - w) / 2;
  const picture = { x, y: BODY_TOP + (maxH - h) / 2, w, h };
  return { picture, text: hasText ? { x: MARGIN, y: BODY_TOP, w: x - MARGIN - 0.5, h: maxH } : null };
}

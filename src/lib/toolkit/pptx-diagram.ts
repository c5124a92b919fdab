/**
 * A diagram slide in the .pptx: rounded boxes with their labels as real,
 * editable text, joined by arrow lines, all in theme colours, with the
 * slide's bullets beside or below (diagramFrame in diagram.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlideModel } from './model.ts';
import { diagramFrame, layoutDiagram, type Box } from './diagram.ts';
import { SCHEME } from './pptx-theme.ts';

export function addDiagramSlide(s: PptxGenJS.Slide, slide: SlideModel, addText: (lines: string[], box: Box) => void): void {
  const diagram = slide.diagram!;
  const frame = diagramFrame(diagram.kind, slide.bullets.length > 0);
  const drawn = layoutDiagram(diagram, frame.diagram);
  const levels = drawn.kind === 'levels';
  for (const b of drawn.boxes) {
    // Levels go from the strong colour (the widest level) to the soft tint; steps are all soft with a blue edge.
    const strong = levels && b.step === 1;
    s.addText(levels ? b.label : [{ text: `${b.step}`, options: { bold: true, color: SCHEME.warm, breakLine: true } }, { text: b.label }], {
      shape: 'roundRect',
      rectRadius: 0.12,
      x: b.x,
      y: b.y,
      w: b.w,
      h: b.h,
      fill: { color: strong ? SCHEME.accent : SCHEME.soft },
      line: { color: SCHEME.accent, width: 1.5 },
      fontSize: levels ? 20 : 18,
      bold: true,
      color: strong ? SCHEME.background : SCHEME.text,
      align: 'center',
      valign: 'middle',
      objectName: `Diagram ${b.step}: ${b.label}`,
    });
  }
  for (const arrow of drawn.arrows) {
    arrow.slice(1).forEach((to, i) => {
      const from = arrow[i]!;
      const last = i === arrow.length - 2;
      s.addShape('line', {
        x: Math.min(from.x, to.x),
        y: Math.min(from.y, to.y),
        w: Math.abs(to.x - from.x),
        h: Math.abs(to.y - from.y),
        flipH: to.x < from.x,
        flipV: to.y < from.y,
        line: { color: SCHEME.text, width: 2, endArrowType: last ? 'triangle' : 'none' },
      });
    });
  }
  if (frame.text) addText(slide.bullets, frame.text);
}

/**
 * The .pptx slide layouts beyond title-and-bullets: a big number with what it
 * counts, and a quote with who says it. Text sizes are chosen for a room;
 * colours and the heading font refer to the theme (pptx-theme.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlideModel } from './model.ts';
import { BODY_TOP, MARGIN, SLIDE_W as W } from './diagram.ts';
import { HEAD_FONT, SCHEME } from './pptx-theme.ts';

/**
 * Bullet paragraphs; on title-like slides the lines stand without bullet
 * marks. A size given here goes on each run, because pptxgenjs lets the
 * master placeholder's size win over the text box's.
 */
export function paragraphs(lines: readonly string[], withBullets: boolean, fontSize?: number): PptxGenJS.TextProps[] {
  return lines.map((text, i) => ({
    text,
    options: {
      bullet: withBullets ? { indent: 30 } : false,
      breakLine: i < lines.length - 1,
      paraSpaceAfter: withBullets ? 24 : 10,
      ...(fontSize ? { fontSize } : {}),
    },
  }));
}

export const textBox = (box: PptxGenJS.PositionProps, fontSize: number, objectName: string): PptxGenJS.TextPropsOptions => ({
  ...box,
  fontSize,
  color: SCHEME.text,
  valign: 'top',
  objectName,
});

export function addBigNumber(s: PptxGenJS.Slide, slide: SlideModel): void {
  const figure = slide.figure!;
  const side = slide.bullets.length > 0;
  const w = side ? 6.2 : W - 2 * MARGIN;
  const align = side ? 'left' : 'center';
  s.addText(figure.value, {
    x: MARGIN,
    y: BODY_TOP + 0.3,
    w,
    h: 2.2,
    fontFace: HEAD_FONT,
    fontSize: 110,
    bold: true,
    color: SCHEME.accent,
    align,
    valign: 'bottom',
    objectName: 'Number',
  });
  s.addText(figure.label, {
    x: MARGIN,
    y: BODY_TOP + 2.6,
    w,
    h: 1.4,
    fontSize: 28,
    color: SCHEME.text,
    align,
    valign: 'top',
    objectName: 'What the number counts',
  });
  if (side)
    s.addText(
      paragraphs(slide.bullets, true),
      textBox({ x: MARGIN + w + 0.5, y: BODY_TOP + 0.4, w: W - 2 * MARGIN - w - 0.5, h: 4.4 }, 24, 'Points'),
    );
}

export function addQuote(s: PptxGenJS.Slide, slide: SlideModel): void {
  const quote = slide.quote!;
  s.addShape('rect', {
    x: MARGIN,
    y: BODY_TOP + 0.3,
    w: 0.12,
    h: 3.6,
    fill: { color: SCHEME.orange },
    line: { color: SCHEME.orange, width: 0 },
  });
  s.addText(`“${quote.text}”`, {
    x: MARGIN + 0.5,
    y: BODY_TOP + 0.2,
    w: W - 2 * MARGIN - 1,
    h: 3.0,
    fontFace: HEAD_FONT,
    fontSize: 32,
    italic: true,
    color: SCHEME.text,
    valign: 'middle',
    objectName: 'Quote',
  });
  s.addText(quote.by, {
    x: MARGIN + 0.5,
    y: BODY_TOP + 3.3,
    w: W - 2 * MARGIN - 1,
    h: 0.6,
    fontSize: 20,
    color: SCHEME.muted,
    objectName: 'Who says it',
  });
  if (slide.bullets.length)
    s.addText(
      paragraphs(slide.bullets, false),
      textBox({ x: MARGIN + 0.5, y: BODY_TOP + 4.0, w: W - 2 * MARGIN - 1, h: 0.9 }, 20, 'Points'),
    );
}

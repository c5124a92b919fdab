/**
 * Builds an editable PowerPoint file from a deck model with pptxgenjs. Titles
 * and bullets go into real title and body placeholders (so PowerPoint's
 * outline, accessibility checker and screen readers see them as text), each
 * slide carries its speaker notes, and diagrams are PowerPoint shapes with
 * their words as text; a picture slide shows a chapter's diagram as an image
 * beside its bullets. Colours and fonts refer to the theme (pptx-theme.ts):
 * body text sets no font at all (it inherits the theme's body font), and the
 * few display texts name the theme's heading font ("+mj-lt"), never a family.
 * Pure: runs the same in the build and, later, in the browser.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckModel, SlideModel } from './model.ts';
import { DECK_LICENCE, DECK_LICENCE_URL } from './schema.ts';
import { BODY_BOTTOM, BODY_TOP, MARGIN, pictureFrame, SLIDE_H as H, SLIDE_W as W } from './diagram.ts';
import { BRAND, SCHEME } from './pptx-theme.ts';
import { finishPackage } from './pptx-package.ts';
import { addDiagramSlide } from './pptx-diagram.ts';
import { addBigNumber, addQuote, paragraphs, textBox } from './pptx-layouts.ts';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const MASTER = { content: 'BOOK_CONTENT', title: 'BOOK_TITLE', section: 'BOOK_SECTION' } as const;
/** Footer and slide number size: readable from the back of a room. */
export const FOOTER_PT = 12;

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

function footerText(deck: DeckModel): string {
  return `${deck.title} · ${DECK_LICENCE} · eTwinning Ambassadors: the open handbook`;
}

/** A master's text placeholder: the title or the body, where the deck model puts its text. */
function placeholder(name: 'title' | 'body', box: PptxGenJS.PositionProps, text: { fontSize: number; color: string }): MasterObject {
  const title = name === 'title';
  return {
    placeholder: {
      options: {
        name,
        type: name,
        ...box,
        ...text,
        bold: title,
        valign: title ? 'bottom' : 'top',
        align: 'left',
      },
      text: '',
    },
  };
}

function defineMasters(pptx: PptxGenJS, deck: DeckModel): void {
  const footer = { x: MARGIN, y: H - 0.6, w: W - 2 * MARGIN - 1.2, h: 0.4, fontSize: FOOTER_PT, valign: 'middle' as const };
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: BRAND.paper },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.14, fill: { color: SCHEME.accent } } },
      { rect: { x: MARGIN, y: 1.42, w: 1.6, h: 0.07, fill: { color: SCHEME.orange } } },
      { text: { text: footerText(deck), options: { ...footer, color: SCHEME.muted } } },
      placeholder('title', { x: MARGIN, y: 0.3, w: W - 2 * MARGIN, h: 1.05 }, { fontSize: 36, color: SCHEME.text }),
      placeholder('body', { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h: BODY_BOTTOM - BODY_TOP }, { fontSize: 28, color: SCHEME.text }),
    ],
    slideNumber: { x: W - MARGIN - 1, y: H - 0.6, w: 1, h: 0.4, fontSize: FOOTER_PT, color: SCHEME.muted, align: 'right' },
  });
  // Title and closing slides: the book's blue with a warm band; section slides: a soft tint.
  pptx.defineSlideMaster({
    title: MASTER.title,
    background: { color: BRAND.blue },
    objects: [
      { rect: { x: 0, y: H - 1.1, w: W, h: 0.16, fill: { color: SCHEME.orange } } },
      { rect: { x: W - 3.2, y: 0, w: 3.2, h: H - 1.1, fill: { color: BRAND.paper, transparency: 88 } } },
      { text: { text: footerText(deck), options: { ...footer, color: BRAND.paper } } },
      placeholder('title', { x: MARGIN + 0.3, y: 1.2, w: W - 2 * MARGIN - 3.4, h: 2.6 }, { fontSize: 44, color: BRAND.paper }),
      placeholder('body', { x: MARGIN + 0.3, y: 4.0, w: W - 2 * MARGIN - 3.4, h: 2.2 }, { fontSize: 24, color: BRAND.paper }),
    ],
  });
  pptx.defineSlideMaster({
    title: MASTER.section,
    background: { color: BRAND.soft },
    objects: [
      { rect: { x: MARGIN + 0.3, y: 3.95, w: 2.2, h: 0.1, fill: { color: SCHEME.orange } } },
      { text: { text: footerText(deck), options: { ...footer, color: SCHEME.text } } },
      placeholder('title', { x: MARGIN + 0.3, y: 1.4, w: W - 2 * MARGIN - 0.6, h: 2.4 }, { fontSize: 44, color: SCHEME.text }),
      placeholder('body', { x: MARGIN + 0.3, y: 4.3, w: W - 2 * MARGIN - 0.6, h: 2.0 }, { fontSize: 24, color: SCHEME.text }),
    ],
  });
}

/** A logo in the top right corner of the title and closing slides, kept inside its box whatever its shape. */
function addLogo(s: PptxGenJS.Slide, logo: PptxLogo): void {
  const box = { x: W - MARGIN - 2.4, y: 0.35, w: 2.4, h: 1.1 };
  s.addImage({ data: logo.dataUrl.replace(/^data:/, ''), ...box, sizing: { type: 'contain', ...box }, altText: logo.alt });
}

/** A chapter's diagram as a picture on the right, the points on the left ("image + text"). */
function addPicture(s: PptxGenJS.Slide, slide: SlideModel, pictures: PptxOptions['pictures']): void {
  const picture = slide.picture!;
  const data = pictures?.[picture.src];
  if (!data) throw new Error(`No image data for ${picture.src} (slide ${slide.number}, "${slide.title}"): pass it in options.pictures`);
  const frame = pictureFrame(picture.width, picture.height, slide.bullets.length > 0);
  s.addImage({ data: data.replace(/^data:/, ''), ...frame.picture, altText: picture.alt });
  if (frame.text) s.addText(paragraphs(slide.bullets, true), textBox(frame.text, 24, 'Points'));
}

function addSlide(pptx: PptxGenJS, slide: SlideModel, logo?: PptxLogo, pictures?: PptxOptions['pictures']): void {
  const masterName =
    slide.layout === 'title' || slide.layout === 'closing' ? MASTER.title : slide.layout === 'section' ? MASTER.section : MASTER.content;
  const s = pptx.addSlide({ masterName });
  s.addText(slide.title, { placeholder: 'title', align: 'left' });
  if (logo && masterName === MASTER.title) addLogo(s, logo);
  if (slide.layout === 'big-number') addBigNumber(s, slide);
  else if (slide.layout === 'quote') addQuote(s, slide);
  else if (slide.layout === 'picture') addPicture(s, slide, pictures);
  else if (slide.layout === 'diagram')
    addDiagramSlide(s, slide, (lines, box) => s.addText(paragraphs(lines, true), textBox(box, 24, 'Points')));
  else if (slide.columns) {
    const colW = (W - 2 * MARGIN - 0.4) / 2;
    slide.columns.forEach((col, i) => {
      if (col.length)
        s.addText(
          paragraphs(col, true),
          textBox({ x: MARGIN + i * (colW + 0.4), y: BODY_TOP, w: colW, h: BODY_BOTTOM - BODY_TOP }, 26, `Column ${i + 1}`),
        );
    });
  } else if (slide.bullets.length > 0) {
    // Few short points get larger type, so the slide is used rather than half empty.
    const size = masterName !== MASTER.content ? 24 : slide.bullets.length <= 3 ? 32 : slide.bullets.length === 4 ? 30 : 26;
    s.addText(paragraphs(slide.bullets, masterName === MASTER.content, size), { placeholder: 'body', align: 'left' });
  }
  s.addNotes(slide.notes);
}

export interface PptxOptions {
  /** The file's creation and modification date, and every zip entry's: fixed, so a rebuild gives the same bytes. */
  date: Date;
  /** The presenter's logo (the deck builder's), on the title and closing slides. */
  logo?: PptxLogo;
  /** The picture slides' images: base64 data: URLs keyed by each picture's `src`. */
  pictures?: Record<string, string>;
}

export interface PptxLogo {
  /** A base64 data: URL of a PNG, JPEG or SVG image. */
  dataUrl: string;
  alt: string;
}

/** The finished .pptx as bytes. */
export async function buildPptx(deck: DeckModel, options: PptxOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.summary;
  pptx.author = 'eTwinning Ambassadors: the open handbook';
  pptx.company = `Licensed ${DECK_LICENCE} (${DECK_LICENCE_URL})`;
  pptx.theme = { headFontFace: BRAND.headFont, bodyFontFace: BRAND.bodyFont };
  defineMasters(pptx, deck);
  for (const slide of deck.slides) addSlide(pptx, slide, options.logo, options.pictures);
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new Error(`pptxgenjs returned ${typeof out} instead of bytes for deck "${deck.id}"`);
  return finishPackage(out, options.date);
}

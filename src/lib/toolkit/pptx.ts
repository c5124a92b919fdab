/**
 * Builds an editable PowerPoint file from a deck model with pptxgenjs. Titles
 * and bullets go into real title and body placeholders (so PowerPoint's
 * outline, accessibility checker and screen readers see them as text), and
 * each slide carries its speaker notes. Colours echo the site's light theme;
 * fonts are ones PowerPoint, LibreOffice (via metric-compatible Carlito) and
 * Google Slides all have.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckModel, SlideModel } from './model.ts';
import { DECK_LICENCE, DECK_LICENCE_URL } from './schema.ts';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const THEME = {
  ink: '1C222D',
  muted: '4B5566',
  paper: 'FFFFFF',
  accent: '0A57A4',
  accentSoft: 'DDE9F7',
  warm: 'A34400',
  onAccent: 'FFFFFF',
  font: 'Calibri',
};

/** Slide size of LAYOUT_WIDE (16:9), in inches. */
const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;

const MASTER = { content: 'BOOK_CONTENT', title: 'BOOK_TITLE', section: 'BOOK_SECTION' } as const;

function footerText(deck: DeckModel): string {
  return `${deck.title} · ${DECK_LICENCE} · eTwinning Ambassadors handbook`;
}

/** A master's text placeholder: the title or the body, where the deck model puts its text. */
function placeholder(
  name: 'title' | 'body',
  box: { x: number; y: number; w: number; h: number },
  text: { fontSize: number; color: string },
): NonNullable<PptxGenJS.SlideMasterProps['objects']>[number] {
  const title = name === 'title';
  return {
    placeholder: {
      options: { name, type: name, ...box, fontFace: THEME.font, ...text, bold: title, valign: title ? 'bottom' : 'top', align: 'left' },
      text: '',
    },
  };
}

function defineMasters(pptx: PptxGenJS, deck: DeckModel): void {
  const footer = { x: MARGIN, y: H - 0.55, w: W - 2 * MARGIN - 1, h: 0.35, fontFace: THEME.font, fontSize: 11 };
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: THEME.paper },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: THEME.accent } } },
      { line: { x: MARGIN, y: 1.45, w: W - 2 * MARGIN, h: 0, line: { color: THEME.accent, width: 1.5 } } },
      { text: { text: footerText(deck), options: { ...footer, color: THEME.muted } } },
      placeholder('title', { x: MARGIN, y: 0.35, w: W - 2 * MARGIN, h: 1.0 }, { fontSize: 34, color: THEME.ink }),
      placeholder('body', { x: MARGIN, y: 1.7, w: W - 2 * MARGIN, h: H - 2.5 }, { fontSize: 24, color: THEME.ink }),
    ],
    slideNumber: {
      x: W - MARGIN - 0.8,
      y: H - 0.55,
      w: 0.8,
      h: 0.35,
      fontFace: THEME.font,
      fontSize: 11,
      color: THEME.muted,
      align: 'right',
    },
  });
  // Title and section slides: a coloured background, the title large in the middle, no rule or number.
  for (const [name, background, ink] of [
    [MASTER.title, THEME.accent, THEME.onAccent],
    [MASTER.section, THEME.accentSoft, THEME.ink],
  ] as const) {
    const box = { x: MARGIN + 0.4, w: W - 2 * MARGIN - 0.8 };
    pptx.defineSlideMaster({
      title: name,
      background: { color: background },
      objects: [
        { text: { text: footerText(deck), options: { ...footer, color: ink } } },
        placeholder('title', { ...box, y: 1.6, h: 2.0 }, { fontSize: 44, color: ink }),
        placeholder('body', { ...box, y: 3.9, h: 2.4 }, { fontSize: 24, color: ink }),
      ],
    });
  }
}

/** Bullet paragraphs; on title-like slides the lines stand without bullet marks. */
function paragraphs(lines: readonly string[], withBullets: boolean): PptxGenJS.TextProps[] {
  return lines.map((text, i) => ({
    text,
    options: {
      bullet: withBullets ? { indent: 24 } : false,
      breakLine: i < lines.length - 1,
      paraSpaceAfter: 10,
    },
  }));
}

function addSlide(pptx: PptxGenJS, slide: SlideModel): void {
  const masterName =
    slide.layout === 'title' || slide.layout === 'closing' ? MASTER.title : slide.layout === 'section' ? MASTER.section : MASTER.content;
  const s = pptx.addSlide({ masterName });
  s.addText(slide.title, { placeholder: 'title', align: 'left' });
  if (slide.columns) {
    // Two text boxes side by side inside the body area.
    const colW = (W - 2 * MARGIN - 0.4) / 2;
    slide.columns.forEach((col, i) => {
      if (col.length === 0) return;
      s.addText(paragraphs(col, true), {
        x: MARGIN + i * (colW + 0.4),
        y: 1.7,
        w: colW,
        h: H - 2.5,
        fontFace: THEME.font,
        fontSize: 22,
        color: THEME.ink,
        valign: 'top',
        fit: 'shrink',
        objectName: `Column ${i + 1}`,
      });
    });
  } else if (slide.bullets.length > 0) {
    s.addText(paragraphs(slide.bullets, masterName === MASTER.content), { placeholder: 'body', align: 'left', fit: 'shrink' });
  }
  s.addNotes(slide.notes);
}

/** The finished .pptx as bytes. */
export async function buildPptx(deck: DeckModel): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.summary;
  pptx.author = 'eTwinning Ambassadors: the open handbook';
  pptx.company = `Licensed ${DECK_LICENCE} (${DECK_LICENCE_URL})`;
  pptx.theme = { headFontFace: THEME.font, bodyFontFace: THEME.font };
  defineMasters(pptx, deck);
  for (const slide of deck.slides) addSlide(pptx, slide);
  // Only the 'STREAM' output honours `compression` (pptxgenjs 4): it returns a
  // deflated Node Buffer, a third of the size of the stored zip.
  const out = await pptx.write({ outputType: 'STREAM', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error(`pptxgenjs returned ${typeof out} instead of bytes for deck "${deck.id}"`);
  return out;
}

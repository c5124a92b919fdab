/**
 * A rough width for SVG labels, so a diagram can refuse at build time a label
 * that would spill out of its box instead of shipping it cut off. The widths
 * are generous averages for the system sans-serif fonts the book falls back to
 * (per em: narrow letters 0.3, capitals and wide letters 0.72, others 0.56);
 * bold adds 12 % (DejaVu Sans Bold, the Linux fallback, is wide). Over-estimating is the safe side.
 */

const NARROW = new Set("iIjlft.,:;!|'’ ()[]".split(''));
const WIDE = new Set('mwMWOQGDHNUC@%'.split(''));

/** Estimated width of `text` at `fontSize` units. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.3;
    else if (WIDE.has(ch) || (ch >= 'A' && ch <= 'Z')) ems += 0.72;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.12 : 1);
}

/** Throws a message naming the diagram and label when the label cannot fit in `room` units. */
export function assertLabelFits(diagram: string, text: string, room: number, fontSize: number, bold = false): void {
  const width = estimateTextWidth(text, fontSize, bold);
  if (width > room) {
    throw new Error(
      `${diagram}: the label "${text}" needs about ${Math.ceil(width)} units but its box leaves ${Math.floor(room)}; shorten it or widen the box.`,
    );
  }
}

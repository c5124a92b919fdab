/**
 * The decks' brand, written into the .pptx theme (colour scheme and font
 * scheme) rather than onto each text run, so a slide an ambassador adds in
 * PowerPoint, Impress or Google Slides picks up the same colours and fonts,
 * and changing the theme restyles the whole deck. Colours are the book's
 * light theme (docs/DESIGN.md); fonts are ones PowerPoint, LibreOffice
 * (through metric-compatible substitutes) and Google Slides all have, since
 * the book's own web fonts are not installed on a presenter's computer.
 */
export const BRAND = {
  /** dk1: text. */
  ink: '1C222D',
  /** lt1: slide background. */
  paper: 'FFFFFF',
  /** dk2: secondary text (footer, labels). */
  muted: '4B5566',
  /** lt2: tinted panels (section slides, diagram boxes). */
  soft: 'DDE9F7',
  /** accent1: the book's blue. */
  blue: '0A57A4',
  /** accent2: the warm second colour (text-safe on white). */
  warm: 'A34400',
  /** accent3: illustration green. */
  green: '3F9B63',
  /** accent4: illustration orange (shapes, not text). */
  orange: 'E0771F',
  /** accent5, accent6: extra tints for charts an ambassador adds. */
  sky: '5B8FC9',
  plum: '6B4C9A',
  headFont: 'Georgia',
  bodyFont: 'Arial',
} as const;

/** Scheme colour names as pptxgenjs accepts them: runs and shapes refer to the theme, not to a hex value. */
export const SCHEME = {
  text: 'tx1',
  background: 'bg1',
  muted: 'tx2',
  soft: 'bg2',
  accent: 'accent1',
  warm: 'accent2',
  green: 'accent3',
  orange: 'accent4',
} as const;

/** The theme's heading font, by reference ("+mn-lt" would be the body font, which text inherits anyway). */
export const HEAD_FONT = '+mj-lt';

const srgb = (hex: string) => `<a:srgbClr val="${hex}"/>`;

export function brandColourScheme(): string {
  const b = BRAND;
  return (
    '<a:clrScheme name="eTwinning Ambassadors">' +
    `<a:dk1>${srgb(b.ink)}</a:dk1><a:lt1>${srgb(b.paper)}</a:lt1>` +
    `<a:dk2>${srgb(b.muted)}</a:dk2><a:lt2>${srgb(b.soft)}</a:lt2>` +
    `<a:accent1>${srgb(b.blue)}</a:accent1><a:accent2>${srgb(b.warm)}</a:accent2>` +
    `<a:accent3>${srgb(b.green)}</a:accent3><a:accent4>${srgb(b.orange)}</a:accent4>` +
    `<a:accent5>${srgb(b.sky)}</a:accent5><a:accent6>${srgb(b.plum)}</a:accent6>` +
    `<a:hlink>${srgb(b.blue)}</a:hlink><a:folHlink>${srgb(b.plum)}</a:folHlink>` +
    '</a:clrScheme>'
  );
}

/** The theme part with the brand colours in place of Office's, and the theme named for the book. */
export function brandTheme(themeXml: string): string {
  const scheme = /<a:clrScheme [^>]*>[\s\S]*?<\/a:clrScheme>/;
  if (!scheme.test(themeXml)) throw new Error('The .pptx theme has no colour scheme to replace (has pptxgenjs changed its theme part?)');
  return themeXml
    .replace(scheme, brandColourScheme())
    .replace(/<a:theme ([^>]*)name="[^"]*"/, '<a:theme $1name="eTwinning Ambassadors"')
    .replace(/<a:fontScheme name="[^"]*"/, '<a:fontScheme name="eTwinning Ambassadors"');
}

/**
 * What the search index is told about each built page before Pagefind reads it: its kind (Chapter,
 * FAQ, Glossary, Slides, Handout), shown on each result and offered as a filter, and a lower weight
 * for the toolkit's slides and handouts, so a chapter ranks above the decks made from it for the
 * same words. Pure string work on the built HTML (the files on disk are not changed).
 */
export type PageKind = 'chapter' | 'faq' | 'glossary' | 'slides' | 'handout' | 'page';

export function pageKind(path: string): PageKind {
  if (path.startsWith('/book/')) return 'chapter';
  if (path.startsWith('/faq/')) return 'faq';
  if (path.startsWith('/glossary/')) return 'glossary';
  if (/^\/toolkit\/[^/]+\/handout\/$/.test(path)) return 'handout';
  if (/^\/toolkit\/[^/]+\/$/.test(path)) return 'slides';
  return 'page';
}

/** The URL path of a built file: `toolkit/x/index.html` → `/toolkit/x/`. */
export function pathOfFile(relativeFile: string): string {
  return `/${relativeFile.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Weight of a deck's words against a chapter's (1): below any chapter text, headings included. */
export const DECK_WEIGHT = 0.15;

/** The built page as Pagefind should index it. */
export function prepareForIndex(html: string, kind: PageKind, label: string): string {
  const meta = `<meta data-pagefind-meta="kind[content]" content="${label}"><meta data-pagefind-filter="kind[content]" content="${label}">`;
  let out = html.replace('</head>', `${meta}</head>`);
  if (kind === 'slides' || kind === 'handout') {
    // Every heading (which Pagefind weights 7 to 2) and the body itself count for less.
    out = out.replace(
      /<(h[1-6]|[a-z]+(?=[^>]*\sdata-pagefind-body))\b(?![^>]*data-pagefind-weight)/g,
      `<$1 data-pagefind-weight="${DECK_WEIGHT}"`,
    );
    // The kicker line above a handout's title is a label, not text to quote in a result.
    out = out.replace(/<p class="handout-kicker"/g, '<p data-pagefind-ignore class="handout-kicker"');
  }
  return out;
}

/**
 * The whole-book page (/print/) puts every chapter on one page, so two
 * chapters' "Training" headings would share an id. Each chapter's ids are
 * prefixed with its slug, and the references to them inside that chapter
 * (in-page links, labels, ARIA relations, SVG url(#…) paints) follow.
 * Works on the HTML Astro rendered for the chapter, which quotes every attribute.
 */
const ID_LISTS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'headers', 'list'];

export function prefixIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (!ids.size) return html;
  const fix = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${fix(id)}"`)
    .replace(
      new RegExp(`(\\s(?:${ID_LISTS.join('|')})=")([^"]*)"`, 'g'),
      (_, start: string, list: string) => `${start}${list.split(/\s+/).map(fix).join(' ')}"`,
    )
    .replace(/(\s(?:xlink:)?href="#)([^"]+)"/g, (_, start: string, id: string) => `${start}${fix(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${fix(id)})`);
}

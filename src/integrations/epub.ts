import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import render from 'dom-serializer';
import { findAll, findOne, getAttributeValue, removeElement, textContent } from 'domutils';
import { parseDocument, type DomUtils } from 'htmlparser2';
import JSZip from 'jszip';

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

/**
 * The whole book as an EPUB 3 (dist/etwinning-ambassadors.epub), made from the
 * built /print/ page (every chapter in reading order, ids already unique per
 * chapter, interactive chapters as text with a link), the glossary and the FAQ.
 * Diagrams are the pages' inline SVG with their text alternatives. The same
 * commit gives the same bytes: fixed file dates, and the commit's date as the
 * book's modification date.
 */
export const EPUB_FILE = 'etwinning-ambassadors.epub';
const TITLE = 'eTwinning Ambassadors: the open handbook';
const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';
/** What a reading system cannot use: scripts, widgets' controls, the site's "open on its own page" notes. */
const DROP = 'script, style, button, dialog, form, astro-island, template, .no-print, [data-pagefind-ignore]';

interface Doc {
  id: string;
  title: string;
  body: string;
  svg: boolean;
}

const parse = (html: string) => parseDocument(html, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true });
const elements = (root: Element | Element[], test: (el: Element) => boolean) => findAll(test, Array.isArray(root) ? root : [root]);
const byClass = (name: string) => (el: Element) => (getAttributeValue(el, 'class') ?? '').split(/\s+/).includes(name);

/** A tiny selector: "tag", ".class" or "[attribute]", comma-separated. */
function matches(el: Element, selector: string): boolean {
  return selector.split(',').some((s) => {
    const part = s.trim();
    if (part.startsWith('.')) return byClass(part.slice(1))(el);
    if (part.startsWith('[')) return el.attribs[part.slice(1, -1)] !== undefined;
    return el.name === part;
  });
}

/** Rewrites a chapter's links for the book: other chapters inside it, the rest to the site (https). */
function fixLinks(root: Element, site: string, inBook: Set<string>): void {
  for (const a of elements(root, (el) => el.name === 'a' && !!el.attribs['href'])) {
    const href = a.attribs['href']!;
    const chapter = /^\/book\/([^/]+)\/(?:#(.+))?$/.exec(href);
    const reference = /^\/(glossary|faq)\/(#.+)?$/.exec(href);
    if (chapter && inBook.has(chapter[1]!)) a.attribs['href'] = `${chapter[1]}.xhtml${chapter[2] ? `#${chapter[1]}--${chapter[2]}` : ''}`;
    else if (reference) a.attribs['href'] = `${reference[1]}.xhtml${reference[2] ?? ''}`;
    else if (href.startsWith('/')) a.attribs['href'] = new URL(href, site).href;
    else if (href.startsWith('#chapter-')) a.attribs['href'] = `${href.slice('#chapter-'.length)}.xhtml`;
  }
}

/** Cleans a part of a built page into XHTML body content. */
function toXhtml(root: Element, site: string, inBook: Set<string>): { body: string; svg: boolean } {
  for (const el of elements(root, (e) => matches(e, DROP))) removeElement(el);
  fixLinks(root, site, inBook);
  const svgs = elements(root, (e) => e.name === 'svg');
  for (const svg of svgs) svg.attribs['xmlns'] ??= SVG;
  for (const el of elements(root, (e) => e.attribs['xlink:href'] !== undefined)) {
    el.attribs['href'] = el.attribs['xlink:href']!;
    delete el.attribs['xlink:href'];
  }
  // Astro's scoping attributes and the site's data hooks mean nothing in a book.
  for (const el of elements(root, () => true))
    for (const name of Object.keys(el.attribs)) if (/^data-astro|^data-(pagefind|continue)/.test(name)) delete el.attribs[name];
  return { body: render(root.children, { xmlMode: true, selfClosingTags: true, encodeEntities: 'utf8' }), svg: svgs.length > 0 };
}

function page(doc: Doc, language: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML}" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${language}" lang="${language}">
<head><meta charset="UTF-8"/><title>${escape(doc.title)}</title><link rel="stylesheet" href="book.css"/></head>
<body><section epub:type="chapter">${doc.body}</section></body>
</html>
`;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The book's pages from the built site: chapters from /print/, then the glossary and the FAQ. */
export function bookDocs(read: (path: string) => string, site: string): Doc[] {
  const print = parse(read('print/index.html'));
  const sections = elements(print.children as Element[], byClass('print-chapter'));
  const inBook = new Set(sections.map((s) => s.attribs['id']!.replace(/^chapter-/, '')));
  const docs: Doc[] = sections.map((section) => {
    const id = section.attribs['id']!.replace(/^chapter-/, '');
    const title = textContent(findOne(byClass('print-chapter-title'), [section]) ?? section).trim();
    // The chapter's title becomes the page's h1; its sections were already moved one level down for /print/.
    const heading = findOne(byClass('print-chapter-title'), [section]);
    if (heading) heading.name = 'h1';
    return { id, title, ...toXhtml(section, site, inBook) };
  });
  for (const [id, file] of [
    ['glossary', 'glossary/index.html'],
    ['faq', 'faq/index.html'],
  ] as const) {
    const main = findOne((el) => el.name === 'main', parse(read(file)).children);
    if (!main) throw new Error(`epub: ${file} has no <main>`);
    const title = textContent(findOne((el) => el.name === 'h1', [main]) ?? main).trim();
    docs.push({ id, title, ...toXhtml(main, site, inBook) });
  }
  return withKnownFragments(docs);
}

/** Links into the book whose #fragment no document defines lead to the document's top instead. */
function withKnownFragments(docs: Doc[]): Doc[] {
  const ids = new Map(docs.map((d) => [`${d.id}.xhtml`, new Set([...d.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
  return docs.map((d) => ({
    ...d,
    body: d.body.replace(/\shref="([^"#]*)#([^"]+)"/g, (whole, file: string, fragment: string) => {
      const target = ids.get(file || `${d.id}.xhtml`);
      if (!target || target.has(fragment)) return whole;
      return ` href="${file || `${d.id}.xhtml`}"`;
    }),
  }));
}

/** The commit's date (or SOURCE_DATE_EPOCH), so two builds of one commit give one file. */
function buildDate(root: string): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch) return new Date(Number(epoch) * 1000);
  try {
    return new Date(execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8' }).trim());
  } catch {
    return new Date('2026-01-01T00:00:00Z');
  }
}

export async function makeEpub(docs: Doc[], options: { site: string; date: Date; css: string; language?: string }): Promise<Buffer> {
  const language = options.language ?? 'en-GB';
  const modified = `${options.date.toISOString().slice(0, 19)}Z`;
  const zip = new JSZip();
  const date = options.date;
  // createFolders: false, or JSZip adds folder entries stamped with the clock and two builds differ.
  const add = (path: string, content: string) => zip.file(path, content, { date, compression: 'DEFLATE', createFolders: false });
  zip.file('mimetype', 'application/epub+zip', { date, compression: 'STORE', createFolders: false });
  add(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
  );
  const items = docs.map(
    (d) => `<item id="d-${d.id}" href="${d.id}.xhtml" media-type="application/xhtml+xml"${d.svg ? ' properties="svg"' : ''}/>`,
  );
  add(
    'OEBPS/book.opf',
    `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escape(new URL('/', options.site).href)}</dc:identifier>
<dc:title>${escape(TITLE)}</dc:title>
<dc:language>${language}</dc:language>
<dc:publisher>eTwinning Ambassadors open handbook (independent project)</dc:publisher>
<dc:rights>MIT licence</dc:rights>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="book.css" media-type="text/css"/>
${items.join('\n')}
</manifest>
<spine>
${docs.map((d) => `<itemref idref="d-${d.id}"/>`).join('\n')}
</spine>
</package>
`,
  );
  const toc = docs.map((d) => `<li><a href="${d.id}.xhtml">${escape(d.title)}</a></li>`).join('\n');
  add(
    'OEBPS/nav.xhtml',
    page(
      { id: 'nav', title: 'Contents', svg: false, body: `<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>\n${toc}\n</ol></nav>` },
      language,
    ),
  );
  add('OEBPS/book.css', options.css);
  for (const d of docs) add(`OEBPS/${d.id}.xhtml`, page(d, language));
  return zip.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', platform: 'UNIX' });
}

const CSS = `body { font-family: serif; line-height: 1.5; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.2; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2em 0.4em; }
.chapter-lead { font-style: italic; }
`;

export default function epubIntegration(): AstroIntegration {
  let site = 'https://example.org/';
  let root = process.cwd();
  return {
    name: 'etwinning:epub',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const read = (path: string) => {
          const file = join(outDir, path);
          if (!existsSync(file) || extname(file) !== '.html') throw new Error(`epub: ${path} was not built`);
          return readFileSync(file, 'utf8');
        };
        const docs = bookDocs(read, site);
        const epub = await makeEpub(docs, { site, date: buildDate(root), css: CSS });
        writeFileSync(join(outDir, EPUB_FILE), epub);
        logger.info(`epub: ${EPUB_FILE}, ${docs.length} documents, ${(epub.length / 1e3).toFixed(0)} kB`);
      },
    },
  };
}

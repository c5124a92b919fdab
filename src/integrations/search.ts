import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { pageKind, pathOfFile, prepareForIndex, type PageKind } from '../lib/search-index.ts';
import { t, type UiKey } from '../i18n/ui.ts';

const KIND_LABEL: Record<PageKind, UiKey> = {
  chapter: 'search.type.chapter',
  faq: 'search.type.faq',
  glossary: 'search.type.glossary',
  slides: 'search.type.slides',
  handout: 'search.type.handout',
  page: 'search.type.page',
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, so `dist/pagefind`
 * exists after a plain build and search works offline. Each page is told its kind first
 * (src/lib/search-index.ts): results say what they are, and chapters rank above their decks.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'etwinning:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          // Only the book's text is indexed (ARCHITECTURE.md): pages without data-pagefind-body stay out.
          if (!/<[a-z]+\b[^>]*\sdata-pagefind-body\b/.test(html)) continue;
          const sourcePath = relative(outDir, file);
          const kind = pageKind(pathOfFile(sourcePath));
          const content = prepareForIndex(html, kind, t(KIND_LABEL[kind]));
          const added = await index.addHTMLFile({ sourcePath, content });
          if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}

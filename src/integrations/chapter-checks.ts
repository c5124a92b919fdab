import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChapters, formatProblem, type ChapterSource } from '../lib/chapter-checks.ts';

/**
 * Whether a site path is served: a file in public/, or a route in src/pages/
 * (a dynamic segment such as [deck] matches any name, a rest one such as
 * [...page] any number of names, none included).
 */
export function siteHasPath(root: string, path: string): boolean {
  const rel = decodeURIComponent(path).replace(/^\/+|\/+$/g, '');
  if (rel && existsSync(join(root, 'public', rel))) return true;
  const segments = rel ? rel.split('/') : [];
  const matches = (dir: string, rest: string[]): boolean => {
    if (!existsSync(dir)) return false;
    const entries = readdirSync(dir);
    if (entries.some((e) => /^\[\.\.\.[^\]]+\]\.astro$/.test(e))) return true;
    if (!rest.length) return entries.includes('index.astro');
    const [head, ...tail] = rest as [string, ...string[]];
    if (!tail.length && entries.some((e) => e === `${head}.astro` || e === `${head}.ts`)) return true;
    if (entries.includes(head) && matches(join(dir, head), tail)) return true;
    return entries.some((e) => {
      if (!e.startsWith('[')) return false;
      if (!tail.length && /^\[[^\]]+\]\.astro$/.test(e)) return true;
      return /^\[[^\]]+\]$/.test(e) && matches(join(dir, e), tail);
    });
  };
  return matches(join(root, 'src', 'pages'), segments);
}

/** Every chapter under content/chapters/, read as written. */
export function readChapters(root: string): ChapterSource[] {
  const dir = join(root, 'content', 'chapters');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: `content/chapters/${name}`, slug: name.slice(0, -4), text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Stops the build (and `astro dev`, `astro check`) before any page is made when
 * a chapter is wrong: an impossible date, a link to a missing chapter, heading
 * or file, a second h1, raw script or iframe, an http:// link, two chapters
 * with one order in a part. Each problem is printed as file:line.
 */
export default function chapterChecks(): AstroIntegration {
  return {
    name: 'etwinning:chapter-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const problems = checkChapters(readChapters(root), (path) => siteHasPath(root, path));
        if (problems.length) {
          const list = problems.map(formatProblem).join('\n');
          throw new Error(`${problems.length} problem${problems.length > 1 ? 's' : ''} in the chapters:\n${list}`);
        }
        logger.info('chapters checked: links, headings, dates and markup');
      },
    },
  };
}

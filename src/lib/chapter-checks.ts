/**
 * Checks a chapter's MDX source before Astro builds it, so wrong content stops
 * the build with `file:line: message` instead of shipping a broken page (or a
 * schema error at 0:0). Run by src/integrations/chapter-checks.ts over every
 * chapter; pure, so the unit tests feed it strings.
 *
 * MDX is Markdown with JSX; the chapters are plain enough (no code listings,
 * one tag per line at most) that a line scan outside code fences and code
 * spans sees what the renderer will see.
 */
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { chapterSchema, isCalendarDate } from './content-schemas.ts';

export interface ChapterSource {
  /** Path shown in messages, e.g. "content/chapters/welcome.mdx". */
  file: string;
  /** The chapter's URL slug (its file name). */
  slug: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** Whether a site path that is not a chapter (e.g. "/map/", "/favicon.svg") is served by the build. */
export type PathExists = (path: string) => boolean;

interface Parsed {
  source: ChapterSource;
  /** Frontmatter values and the line each key is on. */
  front: Map<string, { value: string; line: number }>;
  frontText: string;
  frontStart: number;
  /** Body lines with code blanked out, numbered as in the file. */
  body: { text: string; line: number }[];
  anchors: Set<string>;
}

function parse(source: ChapterSource): Parsed {
  const lines = source.text.split(/\r?\n/);
  const front = new Map<string, { value: string; line: number }>();
  let i = 0;
  let frontStart = 0;
  const frontLines: string[] = [];
  if (lines[0]?.trim() === '---') {
    frontStart = 2;
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      frontLines.push(lines[i]!);
      const m = /^([A-Za-z]\w*):\s*(.*?)\s*$/.exec(lines[i]!);
      if (m) front.set(m[1]!, { value: m[2]!.replace(/^(['"])(.*)\1$/, '$2'), line: i + 1 });
    }
    i++;
  }
  const body: Parsed['body'] = [];
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const text = raw.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    body.push({ text, line: i + 1 });
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) anchors.add(slugger.slug(plainText(heading[2]!)));
    for (const m of text.matchAll(/\sid=["']([^"']+)["']/g)) anchors.add(m[1]!);
  }
  return { source, front, frontText: frontLines.join('\n'), frontStart, body, anchors };
}

/** A heading's text as the renderer slugs it: without links' targets, emphasis marks or tags. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_]/g, '');
}

/** Frontmatter errors with the line of the offending key (Astro itself reports them at 0:0). */
function frontmatterProblems(p: Parsed): Problem[] {
  const { file } = p.source;
  const problems: Problem[] = [];
  const reviewed = p.front.get('reviewed');
  if (reviewed && !isCalendarDate(reviewed.value))
    problems.push({ file, line: reviewed.line, message: `reviewed: "${reviewed.value}" is not a real date (write YYYY-MM-DD)` });
  // YAML 1.2 (the `yaml` package) keeps dates as strings, which the schema checks strictly.
  const doc = parseDocument(p.frontText);
  const result = chapterSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (key === 'reviewed' && problems.length) continue;
      const line = (typeof key === 'string' ? p.front.get(key)?.line : undefined) ?? p.frontStart;
      const field = issue.path.join('.') || 'frontmatter';
      problems.push({ file, line, message: `${field}: ${issue.message}` });
    }
  }
  return problems;
}

const RAW_TAG = /<(script|iframe|object|embed)\b/i;
const HANDLER = /<[A-Za-z][^>]*\son[a-z]+\s*=/i;
const H1 = /^#\s|<h1\b/i;
/** Link targets in Markdown `[text](target)` and in `href="…"` / `src="…"` attributes. */
const TARGETS = [/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*)?\)/g, /\s(?:href|src)=\{?["']([^"']+)["']\}?/g];

function bodyProblems(p: Parsed, bySlug: Map<string, Parsed>, pathExists: PathExists): Problem[] {
  const { file } = p.source;
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });
  for (const { text, line } of p.body) {
    if (H1.test(text)) report(line, 'a second h1: the chapter title is the page\'s only h1; use "##" for sections');
    const tag = RAW_TAG.exec(text);
    if (tag) report(line, `raw <${tag[1]!.toLowerCase()}> is not allowed in a chapter (the CSP would block it; use a component)`);
    if (HANDLER.test(text)) report(line, 'an on…= event attribute is not allowed in a chapter (the CSP blocks inline handlers)');
    if (/\bhttp:\/\//i.test(text)) report(line, 'an http:// link: use https://');
    for (const pattern of TARGETS) {
      for (const m of text.matchAll(pattern)) {
        const problem = targetProblem(m[1]!, p, bySlug, pathExists);
        if (problem) report(line, problem);
      }
    }
  }
  return problems;
}

function targetProblem(target: string, p: Parsed, bySlug: Map<string, Parsed>, pathExists: PathExists): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined;
  const [pathPart = '', fragment = ''] = target.split('#', 2) as [string, string?];
  const path = pathPart.split('?')[0]!;
  if (path === '') return fragment && !p.anchors.has(fragment) ? `link to #${fragment}: no such heading in this chapter` : undefined;
  if (!path.startsWith('/')) return `link to "${target}": write site links from the root, e.g. /book/<chapter>/`;
  const chapter = /^\/book\/([^/]+)\/?$/.exec(path)?.[1];
  if (chapter !== undefined) {
    const linked = bySlug.get(chapter);
    if (!linked) return `link to ${path}: there is no chapter "${chapter}"`;
    if (!path.endsWith('/')) return `link to ${path}: chapter addresses end with "/"`;
    if (fragment && !linked.anchors.has(fragment)) return `link to ${target}: "${chapter}" has no heading #${fragment}`;
    return undefined;
  }
  return pathExists(path) ? undefined : `link to ${path}: no such page or file in the site`;
}

function duplicateOrders(all: Parsed[]): Problem[] {
  const seen = new Map<string, Parsed>();
  const problems: Problem[] = [];
  for (const p of [...all].sort((a, b) => a.source.file.localeCompare(b.source.file))) {
    const part = p.front.get('part')?.value;
    const order = p.front.get('order');
    if (!part || !order) continue;
    const key = `${part}#${order.value}`;
    const first = seen.get(key);
    if (first) {
      const message = `order ${order.value} is already taken in part "${part}" by ${first.source.file}`;
      problems.push({ file: p.source.file, line: order.line, message });
    } else seen.set(key, p);
  }
  return problems;
}

export function checkChapters(sources: readonly ChapterSource[], pathExists: PathExists): Problem[] {
  const all = sources.map(parse);
  const bySlug = new Map(all.map((p) => [p.source.slug, p]));
  return [...all.flatMap((p) => [...frontmatterProblems(p), ...bodyProblems(p, bySlug, pathExists)]), ...duplicateOrders(all)];
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

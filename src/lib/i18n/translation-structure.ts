/**
 * A translation must keep the English file's shape: the same keys, list items,
 * ids, links, figures and headings, with only the words changed. These checks
 * compare a translated file with its English original and name every place
 * where the shape differs, so a translator's slip is caught before the build
 * turns it into a broken link or a quiz with the wrong answer.
 */

/** Keys whose values are identifiers, not words: they stay as in English. */
const FIXED_KEYS = new Set([
  'id',
  'number',
  'kind',
  'layout',
  'link',
  'chapter',
  'href',
  'correct',
  'part',
  'order',
  'sources',
  'reviewed',
  'checked',
  'duration',
  'licence',
  'icon',
  'profile',
  'weights',
  'year',
  'fact',
  'src',
  'poster',
  'url',
  'country',
  'lang',
]);

/** Keys a translator translates even though they look like identifiers elsewhere. */
const WORD_KEYS_IN_FRONTMATTER = new Set(['title', 'description']);

const FACT_PLACEHOLDER = /\{fact:([a-z0-9-]+)\}/g;

export interface StructureProblem {
  /** Where in the file: a key path such as `questions[3].options[1].id`, or `line 12`. */
  where: string;
  message: string;
}

/** The platform has every page in every EU language: its /es/ address is its /en/ one, translated. */
const sameInLanguage = (url: string) => url.replace(/^(https:\/\/school-education\.ec\.europa\.eu)\/[a-z]{2}\//, '$1/en/');

function placeholders(text: string): string {
  return [...text.matchAll(FACT_PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'a map' : typeof value;
}

/** Compares two parsed YAML values; `fixed` means the value must not be translated. */
export function compareData(en: unknown, tr: unknown, where = '', fixed = false): StructureProblem[] {
  const at = where || '(top)';
  if (describe(en) !== describe(tr)) {
    return [{ where: at, message: `is ${describe(tr)} in the translation, ${describe(en)} in English` }];
  }
  if (Array.isArray(en) && Array.isArray(tr)) {
    if (en.length !== tr.length) {
      return [{ where: at, message: `has ${tr.length} items in the translation, ${en.length} in English` }];
    }
    return en.flatMap((item, i) => compareData(item, tr[i], `${where}[${i}]`, fixed));
  }
  if (en && typeof en === 'object' && tr && typeof tr === 'object') {
    const enMap = en as Record<string, unknown>;
    const trMap = tr as Record<string, unknown>;
    const problems: StructureProblem[] = [];
    for (const key of Object.keys(enMap)) {
      const path = where ? `${where}.${key}` : key;
      if (!(key in trMap)) problems.push({ where: path, message: 'is missing from the translation' });
      else problems.push(...compareData(enMap[key], trMap[key], path, fixed || FIXED_KEYS.has(key)));
    }
    for (const key of Object.keys(trMap)) {
      if (!(key in enMap)) problems.push({ where: where ? `${where}.${key}` : key, message: 'is not in English' });
    }
    return problems;
  }
  if (typeof en === 'string' && typeof tr === 'string') {
    if (fixed && en !== sameInLanguage(tr)) return [{ where: at, message: `must stay "${en}" (found "${tr}")` }];
    if (placeholders(en) !== placeholders(tr)) {
      return [{ where: at, message: `figures {fact:…} differ: English has [${placeholders(en)}], translation [${placeholders(tr)}]` }];
    }
    return [];
  }
  if (en !== tr) return [{ where: at, message: `must stay ${JSON.stringify(en)} (found ${JSON.stringify(tr)})` }];
  return [];
}

export interface MdxParts {
  frontmatter: string;
  imports: string[];
  /** Heading levels in order, e.g. [2, 3, 3, 2]. */
  headings: { level: number; line: number; text: string }[];
  /** Component names in order of their opening tags. */
  components: string[];
  /** Link targets of Markdown links and href props, sorted. */
  links: string[];
  /** `<Fact id>` ids, sorted. */
  facts: string[];
}

/** Splits an MDX chapter into the parts a translation keeps (code fences are skipped). */
export function mdxParts(source: string): MdxParts {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = match?.[1] ?? '';
  const bodyStart = match ? match[0].split('\n').length - 1 : 0;
  const lines = source.split('\n');
  const parts: MdxParts = { frontmatter, imports: [], headings: [], components: [], links: [], facts: [] };
  let inFence = false;
  lines.forEach((line, index) => {
    if (index < bodyStart) return;
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) return;
    if (/^import\s/.test(line)) parts.imports.push(line.trim());
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) parts.headings.push({ level: heading[1]!.length, line: index + 1, text: heading[2]! });
    for (const tag of line.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) parts.components.push(tag[1]!);
    for (const link of line.matchAll(/\]\(([^)\s]+)\)/g)) parts.links.push(link[1]!);
    for (const href of line.matchAll(/\bhref="([^"]+)"/g)) parts.links.push(href[1]!);
    for (const fact of line.matchAll(/<Fact\s+id="([^"]+)"/g)) parts.facts.push(fact[1]!);
  });
  parts.links.sort();
  parts.facts.sort();
  return parts;
}

function listDifference(label: string, en: string[], tr: string[]): StructureProblem[] {
  if (en.join('\n') === tr.join('\n')) return [];
  const missing = en.filter((x) => !tr.includes(x));
  const extra = tr.filter((x) => !en.includes(x));
  const detail = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  return [{ where: label, message: `differ from English${detail ? `: ${detail}` : ' (order or count)'}` }];
}

/** Compares an MDX translation with its English chapter; `parseYaml` reads the frontmatter. */
export function compareMdx(en: string, tr: string, parseYaml: (text: string) => unknown): StructureProblem[] {
  const a = mdxParts(en);
  const b = mdxParts(tr);
  const problems: StructureProblem[] = [];
  const fmEn = (parseYaml(a.frontmatter) ?? {}) as Record<string, unknown>;
  const fmTr = (parseYaml(b.frontmatter) ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(fmEn), ...Object.keys(fmTr)])) {
    if (WORD_KEYS_IN_FRONTMATTER.has(key)) {
      if (!(key in fmTr)) problems.push({ where: `frontmatter ${key}`, message: 'is missing from the translation' });
      continue;
    }
    problems.push(...compareData(fmEn[key], fmTr[key], `frontmatter ${key}`, true));
  }
  problems.push(...listDifference('imports', a.imports, b.imports));
  const levelsEn = a.headings.map((h) => h.level).join(',');
  const levelsTr = b.headings.map((h) => h.level).join(',');
  if (levelsEn !== levelsTr) {
    const at = a.headings.findIndex((h, i) => b.headings[i]?.level !== h.level);
    const line = b.headings[at]?.line;
    problems.push({
      where: line ? `line ${line}` : 'headings',
      message: `headings differ from English from heading ${at + 1} on ("${a.headings[at]?.text ?? '(none)'}"): English has ${a.headings.length}, translation ${b.headings.length}`,
    });
  }
  problems.push(...listDifference('components', a.components, b.components));
  problems.push(...listDifference('links', a.links, b.links));
  problems.push(...listDifference('figures (<Fact>)', a.facts, b.facts));
  return problems;
}

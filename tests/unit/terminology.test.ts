/**
 * One term per concept (docs/STYLE.md, and docs/TRANSLATING.md for the other
 * languages): every content file is scanned for the banned variants of its
 * language, and a finding names the file, the line, what was found and what to
 * write instead. Older names are accepted on a line that says they are older,
 * because the book explains them once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  banned: RegExp;
  write: string;
  /** An older name that may appear where the line says it is older. */
  legacy?: boolean;
}

/** Names that are the same word in every language the book is in: one pattern each, for every language's rules. */
const NAME = {
  live: /\beTwinning Live\b/,
  desktop: /\bDesktop\b/,
  twinspace: /\b(Twinspace|Twin Space|twinspace)\b/,
  plus: /\beTwinning (plus|PLUS)\b|\beTwinning\+/,
};

const RULES: Rule[] = [
  { banned: /\bnational (support )?services?\b/i, write: 'national support organisation (NSO)', legacy: true },
  { banned: /\bNSS\b/, write: 'NSO', legacy: true },
  { banned: /\bnational (organisations?|bod(y|ies)|teams?)\b/i, write: 'national support organisation (NSO)' },
  { banned: /\b(Central Support Services|central support team|European support service)\b/i, write: 'Central Support Service (CSS)' },
  { banned: NAME.live, write: 'the European School Education Platform, or "the platform"', legacy: true },
  { banned: NAME.desktop, write: 'the European School Education Platform, or "the platform"', legacy: true },
  { banned: /\bportal\b/i, write: 'the European School Education Platform, or "the platform"', legacy: true },
  { banned: NAME.twinspace, write: 'TwinSpace' },
  { banned: NAME.plus, write: 'eTwinning Plus' },
  { banned: /\be-Twinners?\b/, write: 'eTwinner' },
  { banned: /\b(nursery|pre-primary|preschool|kindergarten)\b/i, write: 'pre-school' },
  { banned: /\b(headteachers?|headmasters?|headmistress(es)?|principals?)\b/i, write: 'head teacher' },
  { banned: /\b(quality|school) labels?\b/, write: 'Quality Label / School Label (capitals)' },
  { banned: /\bemails?\b/i, write: 'e-mail' },
  {
    banned:
      /\b(organiz|recogniz|realiz|prioritiz|summariz|emphasiz|customiz|finaliz|utiliz|specializ|analyz|minimiz|maximiz|categoriz|memoriz|familiariz)\w*/i,
    write: 'the British -ise spelling',
  },
  {
    banned:
      /\b(color|colors|behavior|favorite|center|centers|catalog|labeled|labeling|traveled|traveling|enroll|enrollment|fulfill|practicing|modeling)\b/i,
    write: 'the British spelling (colour, behaviour, centre, labelled, enrol, practising…)',
  },
  { banned: /\bprogram\b/, write: 'programme (program only for software)' },
  { banned: /\btaking-part\b/i, write: 'participating' },
  { banned: /\bcoffee break\b/i, write: 'a plain duration ("ten minutes")' },
  { banned: /\bfinished well\b/i, write: 'say it once, in your own words, where it matters' },
];

/** Words that mark a line as talking about an older name or procedure. */
const OLDER =
  /\b(older|earlier|previous|previously|former|formerly|then called|was called|were called|used to|old platform|legacy|(around|about|in|until|before|by) (20(0\d|1\d|2[0-2])))\b/i;

/** The same for the translations (content/i18n/<lang>/), with each language's own terms. */
const LEGACY_NAMES: Rule[] = [
  { banned: NAME.live, write: 'the platform', legacy: true },
  { banned: NAME.desktop, write: 'the platform', legacy: true },
  { banned: NAME.twinspace, write: 'TwinSpace' },
  { banned: NAME.plus, write: 'eTwinning Plus' },
];
const TRANSLATED: Record<string, { rules: Rule[]; older: RegExp }> = {
  es: {
    rules: [
      ...LEGACY_NAMES,
      {
        banned: /\b(Organizaci[oó]n(es)? Nacional(es)? de Apoyo|ONA|[Ss]ervicios? [Nn]acional(es)? de [Ss]oporte)\b/,
        write: 'Servicio Nacional de Apoyo (SNA)',
      },
      { banned: /\b(Servicios Centrales de Apoyo|Servicio Central de Soporte)\b/, write: 'Servicio Central de Apoyo (SCA)' },
      { banned: /\bEscritorio\b/, write: 'la plataforma', legacy: true },
      { banned: /\bportal\b/i, write: 'la plataforma', legacy: true },
      {
        banned: /\bsellos? de calidad\b|\bSello de Escuela eTwinning\b/,
        write: 'Sello de Calidad Nacional / Europeo, Sello de Centro eTwinning (capitals)',
      },
      { banned: /\be-?mails?\b/i, write: 'correo electrónico' },
      { banned: /\b(preescolar|guarder[ií]a|parvulario)\b/i, write: 'educación infantil' },
      { banned: /\be-Twinners?\b/, write: 'eTwinner' },
    ],
    older: /(antigu[oa]s?|anterior(es|mente)?|antes|ya no|se llamaba|se llamaban|(hacia|en|hasta|antes de|desde) (20(0\d|1\d|2[0-2])))/i,
  },
  fr: {
    rules: [
      ...LEGACY_NAMES,
      {
        banned: /\b(organisations? nationales? de soutien|services? nationa(l|ux) d'assistance)\b/i,
        write: "bureau d'assistance national (BAN)",
      },
      // Case-sensitive: "ons" ends French words after a letter JavaScript's \b treats as a boundary (façons).
      { banned: /(?<![\p{L}])ONS\b/u, write: "bureau d'assistance national (BAN)" },
      { banned: /\bportail\b/i, write: 'la plateforme', legacy: true },
      {
        banned: /\blabels? qualité\b|\bLabel d'établissement eTwinning\b/i,
        write: 'Label de qualité national / européen, Label École eTwinning',
      },
      { banned: /\be-?mails?\b/i, write: 'courriel' },
      { banned: /\b(préscolaire|jardin d'enfants)\b/i, write: 'école maternelle' },
      { banned: /\be-?Twinners?\b/, write: 'eTwinneur, eTwinneuse' },
    ],
    older: /(ancien(ne)?s?|autrefois|auparavant|précédent(e)?s?|s'appelai(en)?t|(vers|en|avant|jusqu'en|depuis) (20(0\d|1\d|2[0-2])))/i,
  },
};

/** Text on a line that is not prose: ids, slugs, addresses, imports. */
function proseOfLine(line: string): string {
  if (/^\s*import\s/.test(line)) return '';
  if (/^\s*-?\s*(id|chapter|seeAlso|source|sources|file|url|link|href|part|audience|deck|slug):/.test(line)) return '';
  return line
    .replace(/\b(id|href|src|deck|slug)=("[^"]*"|'[^']*'|\{[^}]*\})/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[\s"'(])\/[a-z0-9-]+\/[a-z0-9/#?=&-]*/g, ' ');
}

interface Finding {
  line: number;
  found: string;
  write: string;
}

/** Every banned variant in `text`; `legacyOk` says whether older names are allowed where the line marks them as older. */
function findTerms(text: string, legacyOk = true, rules = RULES, older = OLDER): Finding[] {
  const findings: Finding[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = proseOfLine(raw);
    for (const rule of rules) {
      const m = rule.banned.exec(line);
      if (!m) continue;
      // A glossary entry's own name may be an older term: the entry is there to explain it.
      if (rule.legacy && legacyOk && (older.test(line) || /^\s*(term|expansion):/.test(line))) continue;
      findings.push({ line: i + 1, found: m[0], write: rule.write });
    }
  });
  return findings;
}

const root = resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(mdx?|ya?ml)$/.test(name) ? [p] : [];
  });
const allFiles = walk(join(root, 'content'))
  .filter((f) => !f.includes(`${join('content', 'ambassadors')}`))
  .map((f) => relative(root, f))
  .sort();
const files = allFiles.filter((f) => !f.startsWith(join('content', 'i18n')));

describe('the checker', () => {
  it('flags a banned variant with its line and the term to write', () => {
    expect(findTerms('Fine.\nAsk the Spanish NSS for help.')).toEqual([{ line: 2, found: 'NSS', write: 'NSO' }]);
    expect(findTerms('Ask your national service.')[0]?.write).toMatch(/national support organisation/);
    expect(findTerms('The school principal signs.')[0]?.found).toBe('principal');
    expect(findTerms('We organize a meeting.')[0]?.found).toBe('organize');
  });
  it('accepts an older name on a line that says it is older, and ids, links and addresses', () => {
    expect(findTerms('Older material calls it the NSS.')).toEqual([]);
    expect(findTerms('Around 2014 there were 34 national support services.')).toEqual([]);
    expect(findTerms('In 2026 the national support services help.')).toHaveLength(1);
    expect(findTerms('<Term id="twinspace">TwinSpace</Term> and [help](/book/national-service/)')).toEqual([]);
    expect(findTerms('- id: nursery-age')).toEqual([]);
    expect(findTerms('  link: /book/creating-a-project/#the-twinspace')).toEqual([]);
    expect(findTerms('{ href: "/book/x/#principal-y", title: "X" }')).toEqual([]);
  });
  it('never accepts a variant that was never the name', () => {
    expect(findTerms('In older material, the national team helps.')).toHaveLength(1);
  });
});

describe('content uses one term per concept (docs/STYLE.md)', () => {
  it('finds the content files', () => {
    expect(files.some((f) => f.endsWith('.mdx'))).toBe(true);
  });
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const report = findTerms(text).map((f) => `${file}:${f.line}: "${f.found}" — write ${f.write}`);
    expect(report, report.join('\n')).toEqual([]);
  });
});

describe("the diagrams' words use one term per concept too", () => {
  // Their labels, titles and text versions are prose a reader sees; code comments are not.
  const diagrams = readdirSync(join(root, 'src/components/diagrams'))
    .filter((f) => f.endsWith('.astro'))
    .map((f) => join('src/components/diagrams', f));
  it('reads the diagrams', () => expect(diagrams.length).toBeGreaterThan(15));
  it.each(diagrams)('%s', (file) => {
    // Styles are code too: blanked, lines kept, so a finding's line number is the file's.
    const text = readFileSync(join(root, file), 'utf8')
      .replace(/<style>[\s\S]*?<\/style>/g, (css) => css.replace(/[^\n]/g, ''))
      .replace(/^\s*(\*|\/\*|\/\/).*$/gm, '');
    const report = findTerms(text).map((f) => `${file}:${f.line}: "${f.found}" — write ${f.write}`);
    expect(report, report.join('\n')).toEqual([]);
  });
});

describe('translations use one term per concept (docs/TRANSLATING.md)', () => {
  it('flags a variant in the language of the file, and accepts its older names where marked', () => {
    const { es, fr } = TRANSLATED;
    expect(findTerms('Escribe a la Organización Nacional de Apoyo.', true, es!.rules, es!.older)[0]?.write).toMatch(/Servicio Nacional/);
    expect(findTerms('Hasta 2022, el Escritorio de eTwinning.', true, es!.rules, es!.older)).toEqual([]);
    expect(findTerms('Envoyez un e-mail au BAN.', true, fr!.rules, fr!.older)[0]?.write).toBe('courriel');
    expect(findTerms("Autrefois, l'eTwinning Live.", true, fr!.rules, fr!.older)).toEqual([]);
    // English rules do not apply: "principal" and "organización" are ordinary Spanish words.
    expect(findTerms('La idea principal de la organización.', true, es!.rules, es!.older)).toEqual([]);
  });
  for (const [lang, { rules, older }] of Object.entries(TRANSLATED)) {
    const translated = allFiles.filter((f) => f.startsWith(join('content', 'i18n', lang) + '/'));
    if (!translated.length) continue;
    it.each(translated)('%s', (file) => {
      // YAML comments stay in English for editors (docs/TRANSLATING.md): not the reader's text.
      const text = readFileSync(join(root, file), 'utf8').replace(/^\s*#(?!#).*$/gm, (line) => (file.endsWith('.yaml') ? '' : line));
      const report = findTerms(text, true, rules, older).map((f) => `${file}:${f.line}: "${f.found}" — write ${f.write}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});

/** Phrases that name one of the editorial sources in running text ("the mentorship notes say…"). */
const SOURCE_NAMING =
  /\b(mentorship notes|mentoring programme|Spanish (FAQ|NSS)|national FAQ|programme overview|the overview|(original|first) (eTwinning )?Ambassadors (multimedia )?(e)?book|the eBook|(support|platform|current) guide|platform's (own )?guide|according to)\b/i;

describe('chapters speak to the reader, not about our sources (docs/STYLE.md, Voice)', () => {
  const chapterFiles = files.filter((f) => f.endsWith('.mdx'));
  const naming = chapterFiles.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (SOURCE_NAMING.test(proseOfLine(line)) ? [`${file}:${i + 1}`] : [])),
  );
  it('recognises a sentence that names a source', () => {
    expect(SOURCE_NAMING.test('According to the mentorship notes (2020), labels are given all year.')).toBe(true);
    expect(SOURCE_NAMING.test('In 2020, labels were given all year.')).toBe(false);
  });
  it('names a source inline in at most a handful of places, where the disagreement matters', () => {
    expect(naming.length, `inline source mentions:\n${naming.join('\n')}`).toBeLessThanOrEqual(6);
  });
});

describe('components and data speak to the reader too: no source named in what a page shows', () => {
  // Code comments may name sources (they say where a fact comes from); strings and markup may not.
  const isComment = (line: string) => /^\s*(\*|\/\*|\/\/|\{\/\*)/.test(line);
  const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => join('src', f))
    .filter((f) => /^src\/(components|islands|layouts)\/.*\.(astro|tsx)$|^src\/lib\/countries\.ts$/.test(f));
  it('reads the components', () => expect(sourceFiles.length).toBeGreaterThan(50));
  it.each(sourceFiles)('%s', (file) => {
    const found = readFileSync(join(root, file), 'utf8')
      .split('\n')
      // The platform's own Overview page is not a source.
      .flatMap((line, i) =>
        !isComment(line) && SOURCE_NAMING.test(line.replace(/the overview page/gi, '')) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      );
    expect(found, found.join('\n')).toEqual([]);
  });
});

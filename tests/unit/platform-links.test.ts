/**
 * The links to the real platform (content/links/platform.yaml): every entry
 * has a well-formed https address on the platform, a label and the day it was
 * checked, and every <PlatformLink id> in a chapter names an entry. Nothing is
 * fetched: the addresses themselves are checked by hand against the
 * platform's public pages, on the `checked` date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { platformLinkSchema } from '../../src/lib/content-schemas.ts';
import { platformUrlProblem } from '../../src/lib/link-check.ts';

const root = resolve(import.meta.dirname, '../..');
const file = 'content/links/platform.yaml';
const entries = parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>[];
const chapters = readdirSync(join(root, 'content/chapters')).filter((f) => f.endsWith('.mdx'));

describe('the form of a platform address', () => {
  it('accepts an https address on the platform or its sign-in service', () => {
    expect(platformUrlProblem('https://school-education.ec.europa.eu/en/etwinning')).toBeNull();
    expect(platformUrlProblem('https://webgate.ec.europa.eu/cas/eim/external/register.cgi')).toBeNull();
  });
  it.each([
    ['http://school-education.ec.europa.eu/en/etwinning', /https/],
    ['https://www.etwinning.net/en/pub/index.htm', /must be on/],
    ['school-education.ec.europa.eu/en', /absolute/],
    ['https://school-education.ec.europa.eu/en/etwinning ', /spaces/],
    ['https://school-education.ec.europa.eu/en/etwinning?utm_source=book', /tracking/],
    ['https://school-education.ec.europa.eu/en/etwinning#top', /fragment/],
    ['https://user:pw@school-education.ec.europa.eu/en/', /password/],
  ])('rejects %s', (url, problem) => {
    expect(platformUrlProblem(url)).toMatch(problem);
  });
});

describe(file, () => {
  it('has the links a teacher acts on: register, sign in, partners, support, NSO contacts', () => {
    const ids = entries.map((e) => e.id);
    for (const id of ['etwinning-home', 'eu-login-register', 'partner-finding', 'support', 'nso-contacts']) expect(ids).toContain(id);
  });
  it.each(entries.map((e) => [String(e.id), e] as const))('%s is well formed and dated', (id, entry) => {
    const result = platformLinkSchema.safeParse(entry);
    expect(result.success, `${file}: ${id}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
    expect(String(result.data?.checked), `${id}: checked`).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
  it('names each id once', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('rejects an entry whose address leaves the platform, naming the field', () => {
    const result = platformLinkSchema.safeParse({ ...entries[0], url: 'https://example.org/' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['url']);
  });
});

describe('chapters use the link data', () => {
  const ids = new Set(entries.map((e) => String(e.id)));
  it.each(chapters)('%s names only known platform links and types no platform address by hand', (chapter) => {
    const text = readFileSync(join(root, 'content/chapters', chapter), 'utf8');
    const unknown = [...text.matchAll(/<PlatformLink\s+id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !ids.has(id ?? ''));
    expect(unknown, `content/chapters/${chapter}: unknown PlatformLink id`).toEqual([]);
    const typed = text.split('\n').flatMap((line, i) => (/https?:\/\/[^\s)"]*europa\.eu/.test(line) ? [`line ${i + 1}`] : []));
    expect(typed, `content/chapters/${chapter}: write <PlatformLink id="…" /> instead of the address`).toEqual([]);
  });
  it('links the platform from the chapters where a reader acts', () => {
    const uses = (slug: string) => readFileSync(join(root, 'content/chapters', `${slug}.mdx`), 'utf8').includes('<PlatformLink');
    for (const slug of ['registering-and-validation', 'finding-partners', 'creating-a-project', 'getting-help', 'recognition'])
      expect(uses(slug), slug).toBe(true);
  });
});

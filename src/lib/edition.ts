/**
 * An edition of the book: who publishes it and how it is branded (the file is
 * content/edition.yaml, documented in docs/NATIONAL-EDITION.md). Pure: the
 * schema, the WCAG contrast maths and the contact a country's readers get.
 * Reading the file and stopping the build live in src/collections/edition.ts.
 */
import { z } from 'astro/zod';
import { countryByCode, isEtwinningCountry } from './countries.ts';

const hex = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb');
const country = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine(isEtwinningCountry, 'is not an eTwinning or eTwinning Plus country code (ISO 3166-1, e.g. "ES")');
const https = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

export const editionSchema = z
  .object({
    /** The site's name in the header, page titles and the web app. */
    name: z.string().trim().min(3).max(80),
    /** The short name after a page's title ("Finding partners · eTwinning Handbook"). */
    shortName: z.string().trim().min(3).max(30),
    organisation: z
      .object({
        name: z.string().trim().min(2).max(120),
        /** null for a Europe-wide edition. */
        country: country.nullable(),
        url: https,
      })
      .strict(),
    contact: z
      .object({
        /** Where readers of the organisation's country (or of any country, for a Europe-wide edition) get help. */
        url: https,
        label: z.string().trim().min(2).max(80),
        /** Other countries' contact pages, when the edition knows them. */
        countries: z.record(z.string(), https).default({}),
      })
      .strict(),
    logo: z
      .object({
        /** A file in public/, e.g. /logo.svg. */
        src: z.string().regex(/^\/[A-Za-z0-9._/-]+\.(svg|png|webp)$/, 'must be a path in public/ such as /logo.svg (svg, png or webp)'),
        /** Empty when the organisation's name is printed beside the logo. */
        alt: z.string().max(120).default(''),
      })
      .strict(),
    /** Links, buttons and focus rings. `dark` is used in dark mode. */
    accent: z.object({ light: hex, dark: hex }).strict(),
    /** BCP 47 language of the pages, e.g. "en". */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "pt-PT"')
      .default('en'),
    /** The public address; canonical links, Open Graph and the sitemap use it. */
    siteUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s):// address' }),
    map: z
      .object({
        /** Countries the map shows first; empty for all. */
        countries: z.array(country).default([]),
      })
      .strict()
      .default({ countries: [] }),
  })
  .strict();

export type EditionConfig = z.output<typeof editionSchema>;

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(colour: string): number {
  const channel = (i: number) => {
    const c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The page and button colours the accent is drawn against (src/styles/global.css: --bg and
 * --accent-fg in light and dark mode). Keep in step with that file.
 */
export const PAGE_COLOURS = {
  light: { background: '#fdfcf8', onAccent: '#ffffff' },
  dark: { background: '#11151c', onAccent: '#0b1522' },
} as const;

/** WCAG AA for normal-size text: links in the accent colour, and text on accent buttons. */
export const AA_TEXT = 4.5;

export interface ContrastProblem {
  mode: 'light' | 'dark';
  against: string;
  ratio: number;
}

/** Every pairing of the accent that falls short of AA, with its ratio (empty when all pass). */
export function accentContrastProblems(accent: EditionConfig['accent']): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const mode of ['light', 'dark'] as const) {
    const pairs = [
      [`the page background ${PAGE_COLOURS[mode].background}`, PAGE_COLOURS[mode].background],
      [`button text ${PAGE_COLOURS[mode].onAccent}`, PAGE_COLOURS[mode].onAccent],
    ] as const;
    for (const [against, colour] of pairs) {
      const ratio = contrastRatio(accent[mode], colour);
      if (ratio < AA_TEXT) problems.push({ mode, against, ratio });
    }
  }
  return problems;
}

/** "accent.light #7fb2e5 on the page background #fdfcf8: 2.13:1, WCAG AA needs 4.5:1". */
export function describeContrast(accent: EditionConfig['accent'], p: ContrastProblem): string {
  return `accent.${p.mode} ${accent[p.mode]} against ${p.against}: ${p.ratio.toFixed(2)}:1, WCAG AA needs ${AA_TEXT}:1`;
}

export interface Contact {
  url: string;
  label: string;
  /** True when it is the organisation's own contact for that country. */
  own: boolean;
}

/**
 * The contact readers of a country get: the organisation's own for its country (and for every
 * country in a Europe-wide edition), a listed country's page, else the organisation's page.
 */
export function contactFor(edition: EditionConfig, code: string): Contact {
  const cc = code.toUpperCase();
  const listed = edition.contact.countries[cc];
  if (listed) return { url: listed, label: `${edition.contact.label} (${countryByCode(cc)?.name ?? cc})`, own: false };
  const own = edition.organisation.country === null || edition.organisation.country === cc;
  return { url: edition.contact.url, label: edition.contact.label, own };
}

/** Validates a parsed config; problems come as "field: message" lines. */
export function validateEdition(raw: unknown): { ok: true; edition: EditionConfig } | { ok: false; problems: string[] } {
  const parsed = editionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  const bad = Object.keys(parsed.data.contact.countries).filter((c) => !isEtwinningCountry(c));
  if (bad.length)
    return { ok: false, problems: bad.map((c) => `contact.countries.${c}: is not an eTwinning or eTwinning Plus country code`) };
  const contrast = accentContrastProblems(parsed.data.accent).map((p) => describeContrast(parsed.data.accent, p));
  if (contrast.length) return { ok: false, problems: contrast };
  return { ok: true, edition: parsed.data };
}

/**
 * The ambassador record: what the map, the list, the country pages and the
 * importer agree on. Contact details are deliberately absent: readers reach
 * an ambassador through their platform profile, never through a published
 * e-mail address or phone number (text fields that look like one are refused).
 */
import { z } from 'astro/zod';
import { isEtwinningCountry } from '../countries.ts';
import { KIND_IDS, LEVEL_IDS, SUPPORT_IDS, languageName } from './vocab.ts';

/** Looks like an e-mail address or a phone number. */
const CONTACT_LIKE = /@|\+?\d[\d\s().-]{7,}\d/;

// Intl.DisplayNames is slow to ask (it was the importer's largest cost for 200,000 rows); a network
// uses a handful of languages, so each answer is kept.
const languageCodes = new Map<string, boolean>();
function isLanguageCode(code: string): boolean {
  let known = languageCodes.get(code);
  if (known === undefined) languageCodes.set(code, (known = languageName(code) !== undefined));
  return known;
}

const text = (max = 120) =>
  z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(max)
    .refine((s) => !CONTACT_LIKE.test(s), 'must not contain an e-mail address or phone number');

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1, 'needs at least one value')
    .refine((a) => new Set(a).size === a.length, 'repeats a value');

export const ambassadorSchema = z
  .object({
    /** National services keep their own ids ("ES-0042"): letters, digits, "-" and "_". */
    id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be letters, digits, "-" or "_" (at most 64)'),
    name: text(),
    /** Optional: a national export may not say what kind of ambassador someone is. */
    kind: z.enum(KIND_IDS).optional(),
    /** ISO 3166-1 alpha-2, upper case. */
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .refine(isEtwinningCountry, 'is not an eTwinning or eTwinning Plus country'),
    region: text().optional(),
    town: text(),
    lat: z.number().min(-90, 'latitude out of range').max(90, 'latitude out of range'),
    lon: z.number().min(-180, 'longitude out of range').max(180, 'longitude out of range'),
    /** ISO 639-1 codes. */
    languages: uniqueList(z.string().trim().toLowerCase().refine(isLanguageCode, 'is not an ISO 639-1 language code')),
    subjects: z.array(text(60)).default([]),
    levels: uniqueList(z.enum(LEVEL_IDS)).optional(),
    support: uniqueList(z.enum(SUPPORT_IDS)),
    /** The year they became an ambassador. */
    since: z.number().int().min(2005).max(2100).optional(),
    /** Their profile on the European School Education Platform. */
    profile: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
    /** Invented people (the sample data set) are labelled as such wherever they appear. */
    fictional: z.boolean().default(false),
    /** Why an unusual record is there, e.g. a test record. */
    note: z.string().trim().max(200).optional(),
  })
  .strict();

export type Ambassador = z.output<typeof ambassadorSchema>;
export type AmbassadorInput = z.input<typeof ambassadorSchema>;

/** The data file: a sentence saying where the data come from, and the records. */
export const ambassadorFileSchema = z
  .object({
    about: z.string().min(1),
    /** Set by scripts/map-generate.ts so the sample can be made again. */
    generated: z.object({ by: z.string(), seed: z.number().int(), count: z.number().int() }).optional(),
    ambassadors: z.array(z.unknown()),
  })
  .strict();

/** "name: is empty; lat: latitude out of range". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

export interface RecordProblem {
  /** Position in the input list (0-based). */
  index: number;
  id?: string;
  message: string;
}

/**
 * Validates every record and checks ids are unique, ignoring case ("ES-1" and "es-1" are one person:
 * ids end up in URLs and element ids, which browsers and file systems may compare without case);
 * never stops at the first problem.
 */
export function validateAmbassadors(list: readonly unknown[]): { records: Ambassador[]; problems: RecordProblem[] } {
  const records: Ambassador[] = [];
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const rawId =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const result = ambassadorSchema.safeParse(raw);
    if (!result.success) {
      problems.push({ index, ...(rawId ? { id: rawId } : {}), message: describeIssues(result.error) });
      return;
    }
    const key = result.data.id.toLowerCase();
    if (seen.has(key)) {
      problems.push({ index, id: result.data.id, message: `duplicate id "${result.data.id}"` });
      return;
    }
    seen.add(key);
    records.push(result.data);
  });
  return { records, problems };
}

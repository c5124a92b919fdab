/**
 * The closed vocabularies of an ambassador record, with the English labels
 * the map and the country pages print. Ids are what data files and URLs use.
 */
export const KINDS = {
  teacher: 'Teacher',
  'head-teacher': 'Head teacher',
  'teacher-trainer': 'Teacher trainer',
  'retired-teacher': 'Retired teacher',
  librarian: 'School librarian',
  'education-authority': 'Education authority staff',
} as const;

export const SUPPORT = {
  training: 'Training sessions',
  'online-courses': 'Online courses',
  email: 'Help by e-mail',
  phone: 'Help by phone',
  visits: 'School visits',
} as const;

export const LEVELS = {
  'pre-primary': 'Pre-school',
  primary: 'Primary',
  'lower-secondary': 'Lower secondary',
  'upper-secondary': 'Upper secondary',
  vocational: 'Vocational',
} as const;

export type KindId = keyof typeof KINDS;
export type SupportId = keyof typeof SUPPORT;
export type LevelId = keyof typeof LEVELS;

export const KIND_IDS = Object.keys(KINDS) as [KindId, ...KindId[]];
export const SUPPORT_IDS = Object.keys(SUPPORT) as [SupportId, ...SupportId[]];
export const LEVEL_IDS = Object.keys(LEVELS) as [LevelId, ...LevelId[]];

// Made on first use: building it loads CLDR data (tens of milliseconds on a phone) that the
// map's first render does not need.
let languageNames: Intl.DisplayNames | undefined;

/**
 * English name of an ISO 639-1 code, or undefined when the code is not a
 * language at all. Uses the runtime's CLDR data rather than a hand-kept list.
 */
export function languageName(code: string): string | undefined {
  if (!/^[a-z]{2}$/.test(code)) return undefined;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return languageNames.of(code);
}

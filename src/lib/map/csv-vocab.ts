/**
 * What the CSV importer accepts: header spellings for each field and the
 * words people type for kinds, school levels and support. Headers and words
 * are compared as "keys": lower case, accents and punctuation removed.
 */
import { foldText } from '../fold-text.ts';
import { KINDS, LEVELS, SUPPORT } from './vocab.ts';

export type Field =
  | 'id'
  | 'name'
  | 'kind'
  | 'country'
  | 'region'
  | 'town'
  | 'lat'
  | 'lon'
  | 'languages'
  | 'subjects'
  | 'levels'
  | 'support'
  | 'since'
  | 'profile'
  | 'note'
  | 'listed'
  | 'fictional';

/** "Display name" → "displayname", "Latitud (º)" → "latitud". */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export const FIELD_ALIASES: Record<Field, string[]> = {
  id: ['id', 'ambassadorid', 'ref', 'reference', 'identifier', 'code'],
  name: ['name', 'displayname', 'fullname', 'ambassador', 'ambassadorname', 'nombre', 'nom'],
  kind: ['kind', 'type', 'role', 'category', 'profiletype'],
  country: ['country', 'countrycode', 'iso', 'iso2', 'pais', 'pays', 'land'],
  region: ['region', 'province', 'state', 'county', 'area', 'provincia'],
  town: ['town', 'city', 'municipality', 'locality', 'place', 'ciudad', 'localidad', 'ville'],
  lat: ['lat', 'latitude', 'latitud', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'longitud', 'x'],
  languages: ['languages', 'language', 'langs', 'lang', 'idiomas', 'langues'],
  subjects: ['subjects', 'subject', 'disciplines', 'materias'],
  levels: ['levels', 'level', 'schoollevels', 'schoollevel', 'educationlevel', 'educationlevels', 'niveles'],
  support: ['support', 'supportoffered', 'services', 'offers', 'help', 'helpoffered'],
  since: ['since', 'ambassadorsince', 'year', 'yearappointed', 'startyear', 'desde'],
  profile: ['profile', 'profileurl', 'profilelink', 'url', 'link', 'platformprofile', 'esepprofile'],
  note: ['note', 'notes', 'comment', 'comments'],
  listed: ['listed', 'consent', 'publish', 'public', 'showonmap', 'onmap', 'agreedtobelisted', 'consenttolist'],
  fictional: ['fictional', 'fictitious', 'sample', 'testrecord'],
};

/**
 * Only what identifies and places a person is required; a place is a town or a pair of
 * coordinates (checked by the importer, since either will do). Everything else is optional.
 */
export const REQUIRED_FIELDS: Field[] = ['id', 'name', 'country', 'languages', 'support'];

/** Columns that hold contact details: ignored with a warning, never imported. */
export const NOT_PUBLISHED = ['email', 'mail', 'emailaddress', 'correo', 'phone', 'telephone', 'tel', 'mobile', 'telefono'];

const synonyms = (labels: Record<string, string>, extra: Record<string, string>) => {
  const map = new Map<string, string>();
  for (const [id, label] of Object.entries(labels)) {
    map.set(headerKey(id), id);
    map.set(headerKey(label), id);
  }
  for (const [word, id] of Object.entries(extra)) map.set(word, id);
  return map;
};

const WORDS = {
  kind: synonyms(KINDS, {
    trainer: 'teacher-trainer',
    headteacher: 'head-teacher',
    principal: 'head-teacher',
    retired: 'retired-teacher',
    authority: 'education-authority',
    library: 'librarian',
  }),
  levels: synonyms(LEVELS, {
    preschool: 'pre-primary',
    nursery: 'pre-primary',
    kindergarten: 'pre-primary',
    infantil: 'pre-primary',
    primaria: 'primary',
    vet: 'vocational',
    vocationaltraining: 'vocational',
  }),
  support: synonyms(SUPPORT, {
    training: 'training',
    trainings: 'training',
    workshops: 'training',
    onlinecourse: 'online-courses',
    mooc: 'online-courses',
    email: 'email',
    mail: 'email',
    phone: 'phone',
    telephone: 'phone',
    visit: 'visits',
    visits: 'visits',
    schoolvisit: 'visits',
  }),
};

/**
 * Splits a list cell ("es | en", "ES;EN", "Primary, Lower secondary") and
 * maps known words to ids; unknown words are kept so validation names them.
 */
export function listValue(cell: string, field: 'kind' | 'languages' | 'subjects' | 'levels' | 'support'): string[] {
  const parts = cell
    .split(/[|;,/]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (field === 'languages') return parts.map((p) => p.toLowerCase());
  if (field === 'subjects') return parts;
  const words = WORDS[field];
  // "Secondary" alone covers both stages.
  const expand = (p: string) =>
    field === 'levels' && headerKey(p) === 'secondary' ? ['lower-secondary', 'upper-secondary'] : [words.get(headerKey(p)) ?? p];
  return [...new Set(parts.flatMap(expand))];
}

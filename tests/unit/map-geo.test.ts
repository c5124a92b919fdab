import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, nearest, sortByDistance, trimmedBounds } from '../../src/lib/map/geo.ts';

const madrid = { lat: 40.4168, lon: -3.7038 };
const paris = { lat: 48.8566, lon: 2.3522 };
const laspalmas = { lat: 28.1248, lon: -15.43 };

describe('great-circle distance', () => {
  it('matches known distances between cities', () => {
    expect(distanceKm(madrid, paris)).toBeGreaterThan(1045);
    expect(distanceKm(madrid, paris)).toBeLessThan(1060);
    expect(distanceKm(madrid, laspalmas)).toBeGreaterThan(1725);
    expect(distanceKm(madrid, laspalmas)).toBeLessThan(1750);
  });
  it('is zero for the same place, symmetric, and half the circumference for antipodes', () => {
    expect(distanceKm(paris, paris)).toBe(0);
    expect(distanceKm(paris, madrid)).toBeCloseTo(distanceKm(madrid, paris), 9);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
  it('crosses the antimeridian the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeLessThan(112);
  });
});

describe('nearest N', () => {
  const towns = [
    { name: 'Paris', ...paris },
    { name: 'Las Palmas', ...laspalmas },
    { name: 'Madrid', ...madrid },
    { name: 'Toledo', lat: 39.8628, lon: -4.0273 },
    { name: 'Madrid again', ...madrid },
  ];
  const pos = (t: (typeof towns)[number]) => t;

  it('returns the closest first with distances', () => {
    const result = nearest(towns, { lat: 40.0, lon: -3.9 }, 3, pos);
    expect(result.map((r) => r.item.name)).toEqual(['Toledo', 'Madrid', 'Madrid again']);
    expect(result[0]!.km).toBeLessThan(result[1]!.km);
  });
  it('keeps input order for ties and copes with n larger than the list or zero', () => {
    expect(nearest(towns, madrid, 2, pos).map((r) => r.item.name)).toEqual(['Madrid', 'Madrid again']);
    expect(nearest(towns, madrid, 10, pos)).toHaveLength(towns.length);
    expect(nearest(towns, madrid, 0, pos)).toEqual([]);
  });
  it('sorts everything by distance when the whole list is wanted, agreeing with nearest()', () => {
    const origin = { lat: 40.0, lon: -3.9 };
    const all = sortByDistance(towns, origin, pos);
    expect(all.map((r) => r.item.name)).toEqual(['Toledo', 'Madrid', 'Madrid again', 'Paris', 'Las Palmas']);
    expect(all.slice(0, 3)).toEqual(nearest(towns, origin, 3, pos));
  });
  it('formats distances for people', () => {
    expect(formatDistance(0.4321)).toBe('430 m');
    expect(formatDistance(3.26)).toBe('3.3 km');
    expect(formatDistance(1240.4)).toBe('1,240 km');
  });
});

describe('bounds to fit a country on the map', () => {
  it('covers the mainland and leaves out far-off regions (Réunion in a map of France)', () => {
    const paris = { lat: 48.86, lon: 2.35 };
    const lyon = { lat: 45.76, lon: 4.84 };
    const brest = { lat: 48.39, lon: -4.49 };
    const reunion = { lat: -21.11, lon: 55.53 };
    expect(trimmedBounds([paris, lyon, brest, reunion])).toEqual([
      [45.76, -4.49],
      [48.86, 4.84],
    ]);
  });

  it('is the single point when there is one', () => {
    expect(trimmedBounds([{ lat: 35.9, lon: 14.5 }])).toEqual([
      [35.9, 14.5],
      [35.9, 14.5],
    ]);
  });
});

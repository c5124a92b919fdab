import { describe, expect, it } from 'vitest';
import { countryPages, townPages } from '../../src/lib/map/country-pages.ts';
import { decodeAmbassadors, encodeAmbassadors } from '../../src/lib/map/compact.ts';
import { countryPageHref } from '../../src/lib/map/anchors.ts';
import { loadAmbassadors } from '../../src/collections/ambassadors.ts';
import { firstViewMarkers } from '../../src/lib/map/first-view-markers.ts';

/** `n` people of one country spread over the given towns, in a scrambled order. */
function people(country: string, towns: Record<string, number>) {
  const out: { country: string; town: string; name: string }[] = [];
  for (const [town, n] of Object.entries(towns)) for (let i = 0; i < n; i++) out.push({ country, town, name: `Person ${i} of ${town}` });
  return out.reverse();
}

describe('country pages', () => {
  it('keep a country of a few hundred on one page, by town then name', () => {
    const pages = countryPages(people('ES', { Sevilla: 3, Bilbao: 2, Ávila: 1 }), 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.people.map((p) => p.town)).toEqual(['Ávila', 'Bilbao', 'Bilbao', 'Sevilla', 'Sevilla', 'Sevilla']);
    expect(pages[0]).toMatchObject({ n: 1, firstTown: 'Ávila', lastTown: 'Sevilla' });
  });

  it('split a big country into pages of whole towns, none over the size unless one town is', () => {
    const pages = countryPages(people('TR', { Adana: 4, Ankara: 5, Bursa: 3, Izmir: 12, Konya: 2 }), 8);
    expect(pages.map((p) => [p.firstTown, p.lastTown, p.people.length])).toEqual([
      ['Adana', 'Adana', 4],
      ['Ankara', 'Bursa', 8],
      ['Izmir', 'Izmir', 12],
      ['Konya', 'Konya', 2],
    ]);
    // Every person exactly once, and no town cut in two.
    expect(pages.flatMap((p) => p.people)).toHaveLength(26);
    const townsOn = pages.map((p) => new Set(p.people.map((x) => x.town)));
    for (const [i, a] of townsOn.entries()) for (const b of townsOn.slice(i + 1)) expect([...a].filter((t) => b.has(t))).toEqual([]);
  });

  it('give a country with nobody one empty page (its page still says whom to contact)', () => {
    expect(countryPages([], 8)).toEqual([{ n: 1, people: [], firstTown: '', lastTown: '' }]);
  });

  it('are in the map data, so the map links each person to the page their town is on', () => {
    const big = [...people('TR', { Adana: 150, Ankara: 120 }), ...people('ES', { Ankara: 3 })].map((p, i) => ({
      ...p,
      id: `x-${i}`,
      lat: 39,
      lon: 32,
      languages: ['tr'],
      subjects: [],
      support: ['getting-started'],
      fictional: true,
    }));
    expect(townPages(big).get('TR\u0000Ankara')).toBe(2);
    const { rows } = decodeAmbassadors(JSON.parse(JSON.stringify(encodeAmbassadors(big))));
    const inAnkara = rows.find((r) => r.country === 'TR' && r.town === 'Ankara')!;
    expect(countryPageHref(inAnkara.country, inAnkara.id, inAnkara.page)).toBe(`/map/tr/2/#ambassador-${inAnkara.id}`);
    // The same town name in another country is its own entry, on that country's first page.
    const spanishAnkara = rows.find((r) => r.country === 'ES')!;
    expect(spanishAnkara.page).toBeUndefined();
    expect(countryPageHref('ES', spanishAnkara.id, spanishAnkara.page)).toBe(`/map/es/#ambassador-${spanishAnkara.id}`);
    expect(rows.find((r) => r.town === 'Adana')!.page).toBeUndefined();
  });

  it("lead the first view's town and person links to the page the town is on", () => {
    // Berlin (B) is on Germany's second page: Aachen (A) fills the first. Both in the first view.
    const at = { Aachen: [50.78, 6.08], Berlin: [52.52, 13.4] } as const;
    const big = [...people('DE', { Aachen: 190, Berlin: 30 })].map((p, i) => ({
      ...p,
      id: `de-${i}`,
      lat: at[p.town as keyof typeof at][0],
      lon: at[p.town as keyof typeof at][1],
      languages: ['de'],
      subjects: [],
      support: ['getting-started'],
      fictional: true,
    }));
    const { rows } = decodeAmbassadors(JSON.parse(JSON.stringify(encodeAmbassadors(big))));
    const berliners = rows.filter((r) => r.town === 'Berlin').sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const zoom of [3, 4] as const) {
      const markers = firstViewMarkers(rows, zoom);
      const berlin = markers.find((m) => m.label === '30 ambassadors in Berlin, Germany')!;
      expect(berlin.href).toBe(`/map/de/2/#ambassador-${berliners[0]!.id}`);
      expect(markers.find((m) => m.label.includes('in Aachen'))!.href).toMatch(/^\/map\/de\/#ambassador-de-\d+$/);
    }
  });

  it('leave the sample data file unchanged in size: no country of the sample needs a second page', () => {
    const data = encodeAmbassadors(loadAmbassadors().ambassadors);
    expect(data.dict.townPage).toBeUndefined();
  });
});

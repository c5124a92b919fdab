import { describe, expect, it } from 'vitest';
import { loadAmbassadors } from '../../src/collections/ambassadors.ts';
import { worldTopology } from '../../src/collections/world.ts';
import { basemap } from '../../src/lib/map/basemap.ts';
import { projectBasemap } from '../../src/lib/map/basemap-projected.ts';
import { decodeAmbassadors, encodeAmbassadors } from '../../src/lib/map/compact.ts';
import {
  FIRST_VIEW_CENTRE,
  firstViewZoom,
  frameBounds,
  fromCentre,
  inHomeBox,
  landPaths,
  WIDE_MAP_PX,
} from '../../src/lib/map/first-view.ts';
import { firstViewMarkers, outermostPlaces } from '../../src/lib/map/first-view-markers.ts';
import { countryByCode } from '../../src/lib/countries.ts';

/** The server-drawn first view of the map (FirstView.astro) on the committed sample. */
const { rows } = decodeAmbassadors(encodeAmbassadors(loadAmbassadors().ambassadors));

describe('the first view', () => {
  it('opens at zoom 3 on a narrow map and 4 on a wide one, centred where Leaflet opens', () => {
    expect(firstViewZoom(WIDE_MAP_PX - 1)).toBe(3);
    expect(firstViewZoom(WIDE_MAP_PX)).toBe(4);
    expect(fromCentre(FIRST_VIEW_CENTRE.lon, FIRST_VIEW_CENTRE.lat, 4)).toEqual([0, 0]);
    // One degree of longitude is 4096/360 px at zoom 4, eastwards positive.
    expect(fromCentre(FIRST_VIEW_CENTRE.lon + 1, FIRST_VIEW_CENTRE.lat, 4)[0]).toBeCloseTo(4096 / 360, 6);
    const [west, south, east, north] = frameBounds(4);
    expect(west).toBeLessThan(-10); // Portugal and Ireland
    expect(east).toBeGreaterThan(45); // Azerbaijan
    expect(south).toBeLessThan(32); // Jordan, Tunisia
    expect(north).toBeGreaterThan(63); // Iceland
  });

  it('draws the land of the network once, as path data per programme', () => {
    const land = landPaths(projectBasemap(basemap(worldTopology('50m'), worldTopology('110m'))));
    expect(land.map((l) => l.programme).sort()).toEqual(['etwinning', 'etwinning-plus', 'other']);
    for (const { d } of land) expect(d).toMatch(/^M-?\d+ -?\d+(l-?\d+ -?\d+)+z/);
    // Small enough for the page's HTML (the whole page stays under 150 KB: map-static.spec.ts).
    expect(land.reduce((n, l) => n + l.d.length, 0)).toBeLessThan(80_000);
  });

  it('has a marker, with a name and a link, for every one of the people in view', () => {
    for (const zoom of [3, 4] as const) {
      const markers = firstViewMarkers(rows, zoom);
      const [west, south, east, north] = frameBounds(zoom);
      const inFrame = rows.filter((r) => r.lon >= west && r.lon <= east && r.lat >= south && r.lat <= north).length;
      expect(markers.reduce((n, m) => n + m.count, 0)).toBe(inFrame);
      for (const m of markers) {
        expect(m.href).toMatch(/^\/map\/[a-z]{2}\/(#ambassador-[\w-]+)?$/);
        if (m.kind === 'point') expect(m.href).toContain('#ambassador-');
        expect(m.label.length).toBeGreaterThan(3);
      }
      // A cluster inside one country is named after it ("Spain: 58 ambassadors").
      const single = markers.find((m) => m.kind === 'cluster' && /^[^:]+: \d+ ambassadors$/.test(m.label));
      expect(single).toBeDefined();
      expect(countryByCode(single!.href.slice(5, 7).toUpperCase())?.name).toBe(single!.label.split(':')[0]);
    }
  });

  it('lists the people outside the view by place, with their number', () => {
    const places = outermostPlaces(rows);
    expect(places.map((p) => p.label)).toContain('Canary Islands (Spain)');
    expect(places.reduce((n, p) => n + p.count, 0)).toBe(rows.filter((r) => !inHomeBox(r)).length);
  });
});

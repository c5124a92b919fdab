/**
 * The offline basemap: country shapes from world-atlas (Natural Earth 1:50m)
 * turned into GeoJSON at build time, with coordinates rounded to 0.01° and
 * thinned (see TOLERANCE). Each country says whether it takes part in
 * eTwinning, so the map can shade the network's countries.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { alpha2FromNumeric } from '../charts/iso-numeric.ts';
import { countryByCode } from '../countries.ts';

export interface BasemapProperties {
  /** ISO alpha-2 for the book's countries, "" for the rest of the world. */
  code: string;
  /** "etwinning", "etwinning-plus" or "other". */
  programme: string;
}

const round = (p: Position): Position => [Math.round(p[0]! * 100) / 100, Math.round(p[1]! * 100) / 100];
/**
 * Points closer than this (degrees) to the last kept one are dropped: about
 * 5 km, invisible at the zooms where a whole country is on screen, and it
 * takes the 1:50m shapes from over 400 KB gzip to a fraction of that.
 */
const TOLERANCE = 0.05;

function simplifyRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = [];
  const rounded = ring.map(round);
  rounded.forEach((p, i) => {
    const last = out[out.length - 1];
    const isLast = i === rounded.length - 1;
    if (!last || isLast || Math.abs(last[0]! - p[0]!) + Math.abs(last[1]! - p[1]!) >= TOLERANCE) out.push(p);
  });
  // A ring needs four positions (first = last); smaller islands vanish at this scale.
  return out.length >= 4 ? out : undefined;
}

function simplifyPolygon(rings: Position[][]): Position[][] | undefined {
  const outer = simplifyRing(rings[0]!);
  if (!outer) return undefined;
  return [
    outer,
    ...rings
      .slice(1)
      .map(simplifyRing)
      .filter((r): r is Position[] => !!r),
  ];
}

/**
 * Detailed shapes for the book's countries, coarse ones (1:110m) for the rest
 * of the world: the whole world at 1:50m would be about 400 KB gzip.
 */
export function basemap(detailed: Topology, coarse: Topology): FeatureCollection<Polygon | MultiPolygon, BasemapProperties> {
  const fine = basemapFromTopology(detailed).features.filter((f) => f.properties.programme !== 'other');
  const rest = basemapFromTopology(coarse).features.filter((f) => f.properties.programme === 'other');
  return { type: 'FeatureCollection', features: [...rest, ...fine] };
}

export function basemapFromTopology(
  topology: Topology,
  objectName = 'countries',
): FeatureCollection<Polygon | MultiPolygon, BasemapProperties> {
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon | null
  >;
  const features: Feature<Polygon | MultiPolygon, BasemapProperties>[] = [];
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const code = alpha2FromNumeric(f.id) ?? '';
    const properties = { code, programme: countryByCode(code)?.programme ?? 'other' };
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .map(simplifyPolygon)
      .filter((p): p is Position[][] => !!p);
    if (!polygons.length) continue;
    features.push({
      type: 'Feature',
      properties,
      geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  return { type: 'FeatureCollection', features };
}

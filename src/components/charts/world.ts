/**
 * The bundled country shapes (Natural Earth 1:50m via the world-atlas
 * package), read once per build from node_modules: nothing is fetched at run
 * time and the page only receives the finished SVG paths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

let cached: Topology | undefined;

export function worldTopology(): Topology {
  cached ??= JSON.parse(readFileSync(join(process.cwd(), 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
  return cached;
}

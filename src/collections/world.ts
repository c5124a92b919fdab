/**
 * The bundled country shapes (Natural Earth via the world-atlas package), the
 * one place that reads them: the facts page's choropleth and the map's
 * basemap both come from here. Read once per build from node_modules, so
 * nothing is fetched at run time and pages only receive finished shapes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** 1:50m for detail, 1:110m where a small scale is enough. */
export type WorldScale = '50m' | '110m';

// Resolved from the project root: pages run from Astro's build folder.
const require = createRequire(join(process.cwd(), 'package.json'));
const cache = new Map<WorldScale, Topology>();

export function worldTopology(scale: WorldScale = '50m'): Topology {
  let topology = cache.get(scale);
  if (!topology) {
    topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;
    cache.set(scale, topology);
  }
  return topology;
}

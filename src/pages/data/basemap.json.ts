/**
 * /data/basemap.json: the map island's offline basemap (country shapes),
 * made at build time from the world-atlas package and projected to Web
 * Mercator (src/lib/ambassadors/basemap-projected.ts). Fetched by the island
 * only when the map is shown; no tile server is ever contacted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import { basemap } from '../../lib/ambassadors/basemap';
import { projectBasemap } from '../../lib/ambassadors/basemap-projected';

// Resolved from the project root: this module runs from Astro's build folder.
const require = createRequire(join(process.cwd(), 'package.json'));

const topology = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(projectBasemap(basemap(topology('countries-50m.json'), topology('countries-110m.json')))), {
    headers: { 'Content-Type': 'application/json' },
  });

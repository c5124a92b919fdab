/**
 * /map/basemap.json: the map island's offline basemap (country shapes),
 * made at build time from the world-atlas package and projected to Web
 * Mercator (src/lib/map/basemap-projected.ts). Fetched by the island
 * only when the map is shown; no tile server is ever contacted.
 */
import type { APIRoute } from 'astro';
import { worldTopology } from '../../collections/world.ts';
import { basemap } from '../../lib/map/basemap.ts';
import { projectBasemap } from '../../lib/map/basemap-projected.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(projectBasemap(basemap(worldTopology('50m'), worldTopology('110m')))), {
    headers: { 'Content-Type': 'application/json' },
  });

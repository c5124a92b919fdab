/**
 * /map/ambassadors.json: the ambassadors in the compact column format of
 * src/lib/map/compact.ts, with the clusters of the map's widest zooms
 * made here at build time (so the map shows them before building its own index).
 * The map island fetches it when it hydrates; nothing of it is inlined in the
 * HTML. Built from the validated data file, so a bad record stops the build
 * with its file and position.
 */
import type { APIRoute } from 'astro';
import { precomputeClusters } from '../../lib/map/cluster-index.ts';
import { loadEncodedAmbassadors } from '../../collections/ambassadors.ts';

export const GET: APIRoute = () => {
  const { data, rows } = loadEncodedAmbassadors();
  // Clustered from the decoded rows: the very numbers the browser will cluster.
  const clusters = precomputeClusters(rows);
  return new Response(JSON.stringify({ ...data, clusters }), { headers: { 'Content-Type': 'application/json' } });
};

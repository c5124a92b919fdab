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
import { decodeAmbassadors, encodeAmbassadors } from '../../lib/map/compact.ts';
import { loadAmbassadors } from '../../collections/ambassadors.ts';

export const GET: APIRoute = () => {
  const data = encodeAmbassadors(loadAmbassadors().ambassadors);
  // Clustered from the decoded rows: the very numbers the browser will cluster.
  data.clusters = precomputeClusters(decodeAmbassadors(data).rows);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};

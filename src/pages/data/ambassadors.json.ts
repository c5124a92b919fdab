/**
 * /data/ambassadors.json: the ambassadors in the compact column format of
 * src/lib/ambassadors/compact.ts. The map island fetches it when it hydrates;
 * nothing of it is inlined in the HTML. Built from the validated data file, so
 * a bad record stops the build with its file and position.
 */
import type { APIRoute } from 'astro';
import { encodeAmbassadors } from '../../lib/ambassadors/compact';
import { loadAmbassadors } from '../../lib/ambassadors/load';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(encodeAmbassadors(loadAmbassadors().ambassadors)), {
    headers: { 'Content-Type': 'application/json' },
  });

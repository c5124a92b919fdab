/**
 * The editable PowerPoint file of each toolkit deck, written at build time to
 * /toolkit/<deck-id>.pptx.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deckStaticPaths, pptxFor } from '../../collections/toolkit.ts';
import type { DeckModel } from '../../lib/toolkit/model.ts';
import { PPTX_MIME } from '../../lib/toolkit/pptx.ts';

export const getStaticPaths = deckStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ deck: DeckModel }> = async ({ props }) => {
  const bytes = await pptxFor(props.deck);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': PPTX_MIME, 'Content-Disposition': `attachment; filename="${props.deck.links.fileName}"` },
  });
};

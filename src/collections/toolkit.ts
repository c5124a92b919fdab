/**
 * Build-time access to the toolkit decks: the content collection turned into
 * deck models, and each deck's .pptx built once per build (the download route
 * and the catalogue's file size read the same bytes).
 */
import { getCollection } from 'astro:content';
import { toDeckModel, type DeckModel } from '../lib/toolkit/model.ts';
import { buildPptx } from '../lib/toolkit/pptx.ts';

export async function getDeckModels(): Promise<DeckModel[]> {
  const entries = await getCollection('toolkit');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)).map((e) => toDeckModel(e.id, e.data));
}

const built = new Map<string, Promise<Uint8Array>>();

export function pptxFor(deck: DeckModel): Promise<Uint8Array> {
  let bytes = built.get(deck.id);
  if (!bytes) {
    bytes = buildPptx(deck);
    built.set(deck.id, bytes);
  }
  return bytes;
}

/** One page per deck (the viewer and the handout): `getStaticPaths` for both. */
export async function deckStaticPaths() {
  return (await getDeckModels()).map((deck) => ({ params: { deck: deck.id }, props: { deck } }));
}

/** The breadcrumb below Home for a deck's pages. */
export function deckTrail(deck: DeckModel): { href: string; label: string }[] {
  return [
    { href: '/book/toolkit/', label: 'The Ambassador Toolkit' },
    { href: deck.links.viewer, label: deck.title },
  ];
}

/**
 * Build-time access to the toolkit decks: the content collection turned into
 * deck models, and each deck's .pptx built once per build (the download route,
 * the viewer and the catalogue's file size read the same bytes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { toDeckModel, type DeckModel } from '../lib/toolkit/model.ts';
import { buildPptx } from '../lib/toolkit/pptx.ts';

export async function getDeckModels(): Promise<DeckModel[]> {
  const entries = await getCollection('toolkit');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)).map((e) => toDeckModel(e.id, e.data));
}

/**
 * The date written into every .pptx: SOURCE_DATE_EPOCH when the builder sets
 * it (the reproducible-builds convention), else the commit's date, else a
 * fixed day. Never the clock, so two builds of one commit give the same files.
 */
function deckDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // Not a git checkout (a source archive): fall through to the fixed date.
  }
  return new Date(Date.UTC(2026, 0, 1));
}

/**
 * Astro bundles a chapter's MDX apart from the pages, so a module-level cache
 * would exist twice and the toolkit chapter would build all five decks again
 * for their sizes. One cache on globalThis serves every bundle of the build.
 */
const CACHE = Symbol.for('etwinning.toolkit.pptx');
type Cache = { date: Date; built: Map<string, Promise<Uint8Array>> };
const shared = globalThis as typeof globalThis & { [CACHE]?: Cache };

/** A 1×1 white PNG. */
const BLANK_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

/** The deck's picture slides' PNGs from public/, as data: URLs for the .pptx. */
function picturesOf(deck: DeckModel): Record<string, string> {
  const pictures: Record<string, string> = {};
  for (const slide of deck.slides) {
    const { picture } = slide;
    if (!picture) continue;
    // The project's public/ folder: the build runs from the project's root (a bundled chunk's own URL would not lead there).
    const file = join(process.cwd(), 'public', picture.src);
    if (existsSync(file)) pictures[picture.src] = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    // While `npm run deck-pictures` draws them (it builds the book first), a blank picture stands in.
    else if (process.env['DECK_PICTURES_DRAFT'] === '1') pictures[picture.src] = BLANK_PNG;
    else throw new Error(`Toolkit deck "${deck.id}", slide ${slide.number}: ${file} is missing: run npm run deck-pictures`);
  }
  return pictures;
}

export function pptxFor(deck: DeckModel): Promise<Uint8Array> {
  const cache = (shared[CACHE] ??= { date: deckDate(), built: new Map() });
  // Keyed by the whole model, so `npm run dev` rebuilds a deck whose text changed.
  const key = JSON.stringify(deck);
  let bytes = cache.built.get(key);
  if (!bytes) {
    bytes = buildPptx(deck, { date: cache.date, pictures: picturesOf(deck) });
    cache.built.set(key, bytes);
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

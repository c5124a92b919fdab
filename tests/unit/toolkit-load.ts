/**
 * Test helper: reads the toolkit decks straight from content/toolkit (the
 * build reads them through the content collection with the same schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { deckSchema, type Deck } from '../../src/lib/toolkit/schema.ts';
import type { DeckModel } from '../../src/lib/toolkit/model.ts';

/** The picture slides' PNGs from public/, as the build passes them to buildPptx. */
export function picturesFor(model: DeckModel): Record<string, string> {
  return Object.fromEntries(
    model.slides.flatMap(({ picture }) =>
      picture ? [[picture.src, `data:image/png;base64,${readFileSync(join(publicDir, picture.src)).toString('base64')}`]] : [],
    ),
  );
}

export const publicDir = resolve(import.meta.dirname, '../../public');
export const toolkitDir = resolve(import.meta.dirname, '../../content/toolkit');

export function readDeck(path: string): Deck {
  const result = deckSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

export function contentDecks(): { id: string; deck: Deck }[] {
  return readdirSync(toolkitDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: basename(f, '.yaml'), deck: readDeck(join(toolkitDir, f)) }));
}

/**
 * Test helper: reads the toolkit decks straight from content/toolkit (the
 * build reads them through the content collection with the same schema).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { deckSchema, type Deck } from '../../src/lib/toolkit/schema.ts';

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

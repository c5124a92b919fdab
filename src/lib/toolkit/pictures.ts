/**
 * Pictures of the chapters' diagrams for the decks' "picture" slides. They are
 * drawn from the built book by `npm run deck-pictures` (scripts/deck-pictures.ts,
 * headless Chromium, light theme) into public/toolkit/pictures/, and listed in
 * pictures.json with the digest of the diagram's source, so a test notices a
 * picture older than its diagram. Pure: the list is plain data.
 */
import list from '../../../public/toolkit/pictures/pictures.json' with { type: 'json' };

export interface DeckPicture {
  /** The diagram component's name in kebab case ("registration-steps" for RegistrationSteps.astro). */
  id: string;
  /** Where the PNG is served from. */
  src: string;
  /** Pixel size of the PNG (drawn at twice the CSS size, for projectors). */
  width: number;
  height: number;
  /** SHA-256 of the diagram's .astro file when it was drawn. */
  source: string;
}

export const PICTURES_DIR = '/toolkit/pictures/';

const pictures = new Map<string, DeckPicture>(
  Object.entries(list as Record<string, Omit<DeckPicture, 'id' | 'src'>>).map(([id, p]) => [
    id,
    { id, src: `${PICTURES_DIR}${id}.png`, ...p },
  ]),
);

export function deckPicture(id: string): DeckPicture | undefined {
  return pictures.get(id);
}

export function allDeckPictures(): DeckPicture[] {
  return [...pictures.values()];
}

/** "RegistrationSteps" for "registration-steps": the file in src/components/diagrams/. */
export const componentOf = (id: string) => id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

/** Every slide of every deck in the toolkit, to add to the reader's deck (at the end; reorder afterwards). */
import { refFor, type SlideRef } from '../../../lib/toolkit/builder.ts';
import type { DeckModel } from '../../../lib/toolkit/model.ts';

interface Props {
  decks: DeckModel[];
  onAdd: (ref: SlideRef, title: string) => void;
}

export function SlideLibrary({ decks, onAdd }: Props) {
  return (
    <div class="builder-library">
      <h3>Add slides from the toolkit</h3>
      {decks.map((deck) => (
        <details key={deck.id}>
          <summary>
            {deck.title} <span class="builder-hint">({deck.slides.length} slides)</span>
          </summary>
          <ul>
            {deck.slides.map((slide) => (
              <li key={slide.number}>
                <span>
                  {slide.number}. {slide.title}
                </span>
                <button type="button" class="button small" onClick={() => onAdd(refFor(deck, slide), slide.title)}>
                  Add
                  <span class="visually-hidden">
                    {' '}
                    “{slide.title}” from {deck.title}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** The chosen slide: how it will look, and its words to change (with a way back to the book's version). */
import { editSlide, findBookSlide, resetSlide, type BuilderState } from '../../../lib/toolkit/builder.ts';
import type { DeckModel } from '../../../lib/toolkit/model.ts';
import { SlidePreview } from './SlidePreview.tsx';

interface Props {
  state: BuilderState;
  deck: DeckModel;
  index: number;
  byId: ReadonlyMap<string, DeckModel>;
  onState: (s: BuilderState) => void;
  announce: (text: string) => void;
}

export function SlideEditor({ state, deck, index, byId, onState, announce }: Props) {
  const slide = deck.slides[index];
  const ref = state.slides[index];
  if (!slide || !ref) return <div class="builder-editor" />;
  const book = findBookSlide(ref, byId);
  const from = byId.get(ref.deck)?.title ?? ref.deck;
  return (
    <div class="builder-editor">
      <SlidePreview slide={slide} total={deck.slides.length} deckTitle={deck.title} />
      <p class="builder-hint">
        Slide {index + 1} comes from <i>{from}</i> (slide {book?.number ?? ref.slide}).
      </p>
      <div class="builder-field">
        <label htmlFor="builder-edit-title">Slide title</label>
        <input
          id="builder-edit-title"
          type="text"
          value={slide.title}
          onInput={(e) => onState(editSlide(state, index, { title: e.currentTarget.value }))}
        />
      </div>
      <div class="builder-field">
        <label htmlFor="builder-edit-bullets">Points, one per line</label>
        <textarea
          id="builder-edit-bullets"
          rows={5}
          value={slide.bullets.join('\n')}
          onInput={(e) =>
            onState(
              editSlide(state, index, { bullets: e.currentTarget.value.split('\n').filter((l, i, all) => l.trim() || i < all.length - 1) }),
            )
          }
        />
      </div>
      <div class="builder-field">
        <label htmlFor="builder-edit-notes">Speaker notes</label>
        <textarea
          id="builder-edit-notes"
          rows={4}
          value={slide.notes}
          onInput={(e) => onState(editSlide(state, index, { notes: e.currentTarget.value }))}
        />
      </div>
      <button
        type="button"
        class="button"
        disabled={!ref.edit}
        onClick={() => {
          onState(resetSlide(state, index));
          announce(`Slide ${index + 1} is back to the book's version.`);
        }}
      >
        Reset to the book's version
      </button>
    </div>
  );
}

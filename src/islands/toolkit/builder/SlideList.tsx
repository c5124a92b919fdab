/**
 * The reader's slides in order. Reordering works by dragging and by the
 * keyboard (each slide's Move up / Move down buttons); every move is
 * announced, and focus stays on the button that was pressed, on the slide's new row.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { moveSlide, removeSlide, type BuilderState } from '../../../lib/toolkit/builder.ts';
import type { DeckModel } from '../../../lib/toolkit/model.ts';

interface Props {
  state: BuilderState;
  deck: DeckModel;
  selected: number;
  onState: (s: BuilderState) => void;
  onSelect: (i: number) => void;
  announce: (text: string) => void;
}

export function SlideList({ state, deck, selected, onState, onSelect, announce }: Props) {
  const [dragging, setDragging] = useState<number | undefined>();
  const [focus, setFocus] = useState<{ index: number; control: string } | undefined>();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focus) return;
    const row = list.current?.children[focus.index];
    const target =
      row?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]:not([disabled])`) ?? row?.querySelector('button');
    target?.focus();
  }, [focus]);

  const move = (from: number, to: number, control: string) => {
    const total = state.slides.length;
    const target = Math.max(0, Math.min(total - 1, to));
    if (target === from) return;
    const title = deck.slides[from]?.title ?? `Slide ${from + 1}`;
    onState(moveSlide(state, from, target));
    onSelect(target);
    setFocus({ index: target, control });
    announce(`“${title}” moved to position ${target + 1} of ${total}.`);
  };

  if (state.slides.length === 0)
    return <p class="builder-empty">No slides yet: start from a deck above, or add slides from the list below.</p>;
  return (
    <ol class="builder-list" ref={list} aria-label="Your slides, in order">
      {deck.slides.map((slide, i) => (
        <li
          key={`${state.slides[i]?.deck}-${state.slides[i]?.slide}-${i}`}
          class={`builder-item${i === selected ? ' is-selected' : ''}${dragging === i ? ' is-dragging' : ''}`}
          draggable
          onDragStart={(e) => {
            setDragging(i);
            e.dataTransfer?.setData('text/plain', String(i));
          }}
          onDragEnd={() => setDragging(undefined)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const from = Number(e.dataTransfer?.getData('text/plain'));
            if (Number.isInteger(from)) move(from, i, 'select');
            setDragging(undefined);
          }}
        >
          <span class="builder-grip" aria-hidden="true">
            ⋮⋮
          </span>
          <button
            type="button"
            class="builder-select"
            data-control="select"
            aria-current={i === selected ? 'true' : undefined}
            onClick={() => onSelect(i)}
          >
            <span class="builder-number">{i + 1}</span> {slide.title}
            {state.slides[i]?.edit && <span class="builder-badge"> (edited)</span>}
          </button>
          <span class="builder-item-tools">
            <button type="button" class="button small" data-control="up" disabled={i === 0} onClick={() => move(i, i - 1, 'up')}>
              <span aria-hidden="true">↑</span>
              <span class="visually-hidden">Move “{slide.title}” up</span>
            </button>
            <button
              type="button"
              class="button small"
              data-control="down"
              disabled={i === deck.slides.length - 1}
              onClick={() => move(i, i + 1, 'down')}
            >
              <span aria-hidden="true">↓</span>
              <span class="visually-hidden">Move “{slide.title}” down</span>
            </button>
            <button
              type="button"
              class="button small"
              data-control="remove"
              onClick={() => {
                onState(removeSlide(state, i));
                onSelect(Math.max(0, i - 1));
                setFocus({ index: Math.max(0, Math.min(i, state.slides.length - 2)), control: 'select' });
                announce(`“${slide.title}” removed. ${state.slides.length - 1} slides left.`);
              }}
            >
              <span aria-hidden="true">✕</span>
              <span class="visually-hidden">Remove “{slide.title}”</span>
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

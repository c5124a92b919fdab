/**
 * The chosen slide in the viewer's own frame (islands/toolkit/SlideFrame.tsx, the markup the
 * viewer renders on the server): what the reader sees is what the .pptx and the viewer show.
 * Diagrams are drawn as their boxes in order.
 */
import type { SlideModel } from '../../../lib/toolkit/model.ts';
import { SlideFrame } from '../SlideFrame.tsx';

interface Props {
  slide: SlideModel;
  total: number;
  deckTitle: string;
}

export function SlidePreview({ slide, total, deckTitle }: Props) {
  return (
    <div class="builder-preview" role="group" aria-label={`Preview of slide ${slide.number}`}>
      <SlideFrame
        slide={slide}
        total={total}
        deckTitle={deckTitle}
        diagram={
          slide.diagram && (
            <ol class="builder-diagram" aria-label={slide.diagram.alt}>
              {slide.diagram.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ol>
          )
        }
      />
    </div>
  );
}

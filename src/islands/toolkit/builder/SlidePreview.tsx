/**
 * The chosen slide drawn with the viewer's own frame markup (components/toolkit/SlideFrame.astro:
 * the same class names, so the viewer's styles draw both): what the reader sees is what the
 * .pptx and the viewer show. Diagrams are drawn as their boxes in order.
 */
import type { SlideModel } from '../../../lib/toolkit/model.ts';

interface Props {
  slide: SlideModel;
  total: number;
  deckTitle: string;
}

const List = ({ items }: { items: string[] }) =>
  items.length > 0 ? (
    <ul>
      {items.map((b, i) => (
        <li key={i}>{b}</li>
      ))}
    </ul>
  ) : null;

function Body({ slide }: { slide: SlideModel }) {
  if (slide.layout === 'big-number' && slide.figure)
    return (
      <div class={`slide-figure${slide.bullets.length ? ' with-text' : ''}`}>
        <p class="slide-figure-number">
          <span class="slide-number-value">{slide.figure.value}</span>
          <span class="slide-number-label">{slide.figure.label}</span>
        </p>
        <List items={slide.bullets} />
      </div>
    );
  if (slide.layout === 'quote' && slide.quote)
    return (
      <figure class="slide-quote">
        <blockquote>
          <p>{slide.quote.text}</p>
        </blockquote>
        <figcaption>{slide.quote.by}</figcaption>
        {slide.bullets.map((b, i) => (
          <p class="slide-quote-line" key={i}>
            {b}
          </p>
        ))}
      </figure>
    );
  if (slide.layout === 'diagram' && slide.diagram)
    return (
      <div class={`slide-with-diagram slide-with-diagram--${slide.diagram.kind}${slide.bullets.length ? ' with-text' : ''}`}>
        <ol class="builder-diagram" aria-label={slide.diagram.alt}>
          {slide.diagram.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
        <List items={slide.bullets} />
      </div>
    );
  if (slide.columns)
    return (
      <div class="slide-columns">
        {slide.columns.map((col, i) => (
          <List items={col} key={i} />
        ))}
      </div>
    );
  if (slide.layout === 'title' || slide.layout === 'closing' || slide.layout === 'section')
    return (
      <div class="slide-lines">
        {slide.bullets.map((b, i) => (
          <p key={i}>{b}</p>
        ))}
      </div>
    );
  return <List items={slide.bullets} />;
}

export function SlidePreview({ slide, total, deckTitle }: Props) {
  return (
    <div class="builder-preview" role="group" aria-label={`Preview of slide ${slide.number}`}>
      <div class={`slide-frame slide-frame--${slide.layout}`}>
        <div class="slide-content">
          <p class="slide-title">{slide.title}</p>
          <Body slide={slide} />
        </div>
        <p class="slide-footer">
          <span>{deckTitle}</span>
          <span>
            {slide.number} / {total}
          </span>
        </p>
      </div>
    </div>
  );
}

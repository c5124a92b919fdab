/**
 * One slide drawn as HTML in a 16:9 frame, laid out like its .pptx slide (title band, body,
 * footer). One markup for every place a slide shows: the deck viewer and the catalogue's
 * thumbnails render it on the server (components/toolkit/SlideFrame.astro, no JavaScript), the
 * deck builder's preview in the browser. Sizes are in container units (styles/toolkit-slide.css).
 * The diagram is given by the caller: the server draws it as SVG, the builder as its boxes.
 */
import type { ComponentChildren } from 'preact';
import type { SlideModel } from '../../lib/toolkit/model.ts';

interface Props {
  slide: SlideModel;
  total: number;
  deckTitle: string;
  /** Id of the title, unique on the page (the viewer's slides and the thumbnails must not clash). */
  titleId?: string | undefined;
  /** The title's element: h2 in the viewer; thumbnails and the preview use none. */
  heading?: 'h2' | 'p';
  /** The drawn diagram of a diagram slide. */
  diagram?: ComponentChildren;
}

const List = ({ items }: { items: readonly string[] }) =>
  items.length > 0 ? (
    <ul>
      {items.map((b, i) => (
        <li key={i}>{b}</li>
      ))}
    </ul>
  ) : null;

const withText = (slide: SlideModel) => (slide.bullets.length > 0 ? ' with-text' : '');

function Body({ slide, diagram }: { slide: SlideModel; diagram: ComponentChildren }) {
  if (slide.layout === 'big-number' && slide.figure)
    return (
      <div class={`slide-figure${withText(slide)}`}>
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
      <div class={`slide-with-diagram slide-with-diagram--${slide.diagram.kind}${withText(slide)}`}>
        {diagram}
        <List items={slide.bullets} />
      </div>
    );
  if (slide.layout === 'picture' && slide.picture)
    return (
      <div class={`slide-with-picture${withText(slide)}`}>
        <List items={slide.bullets} />
        {/* Drawn at twice its CSS size (npm run deck-pictures): half is its natural size here. */}
        <img
          src={slide.picture.src}
          alt={slide.picture.alt}
          width={slide.picture.width / 2}
          height={slide.picture.height / 2}
          decoding="async"
        />
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

export function SlideFrame({ slide, total, deckTitle, titleId, heading = 'p', diagram }: Props) {
  const Title = heading;
  return (
    <div class={`slide-frame slide-frame--${slide.layout}`}>
      <div class="slide-content">
        <Title id={titleId} class="slide-title">
          {slide.title}
        </Title>
        <Body slide={slide} diagram={diagram} />
      </div>
      <p class="slide-footer">
        <span>{deckTitle}</span>
        <span>
          {slide.number} / {total}
        </span>
      </p>
    </div>
  );
}

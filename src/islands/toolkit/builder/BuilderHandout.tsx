/** The one-page handout: on screen a short summary, in print the page itself (builder.css hides the rest). */
import type { EventDetails } from '../../../lib/toolkit/builder.ts';
import type { Logo } from '../../../lib/toolkit/builder-store.ts';
import type { DeckModel } from '../../../lib/toolkit/model.ts';

interface Props {
  deck: DeckModel;
  event: EventDetails;
  logo: Logo | undefined;
}

export function BuilderHandout({ deck, event, logo }: Props) {
  const when = [event.date, event.place].filter((s) => s?.trim()).join(' · ');
  const by = [event.presenter, event.role, event.organisation].filter((s) => s?.trim()).join(', ');
  return (
    <section class="builder-handout" aria-labelledby="builder-handout-title">
      {logo && <img class="builder-handout-logo" src={logo.dataUrl} alt="" height={48} />}
      <h2 id="builder-handout-title">{event.eventTitle?.trim() || deck.title}</h2>
      {(by || when) && (
        <p class="builder-handout-meta">
          {by}
          {by && when ? ' · ' : ''}
          {when}
        </p>
      )}
      {event.audience && <p>For: {event.audience}</p>}
      <h3>What we cover</h3>
      <ol>
        {deck.slides
          .filter((s) => s.layout !== 'title' && s.layout !== 'closing')
          .map((s) => (
            <li key={s.number}>{s.title}</li>
          ))}
      </ol>
      <h3>Find out more</h3>
      <p>
        Register and start on the eTwinning platform: school-education.ec.europa.eu/en/etwinning. The open handbook (this book) has the
        guidance behind every slide.
      </p>
      {event.contact && <p>Contact: {event.contact}</p>}
    </section>
  );
}

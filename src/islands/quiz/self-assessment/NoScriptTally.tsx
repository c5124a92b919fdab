import type { Profile } from '../../../lib/quiz/schema.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';
import { ProfileCard } from './ProfileCard.tsx';

interface Props {
  profiles: readonly Profile[];
  /** The most points each profile can get, by id. */
  maxima: Record<string, number>;
  deckTitles: Record<string, string>;
}

/**
 * The result without JavaScript: each profile's running total, added up by
 * the stylesheet as the reader picks answers (CSS counters; the empty
 * <strong> shows the count), then every profile to read. Only in the server
 * HTML: once the island runs, the real result replaces it.
 */
export function NoScriptTally({ profiles, maxima, deckTitles }: Props) {
  const values = Object.values(maxima);
  const equalMax = values.every((m) => m === values[0]);
  return (
    <div class="sa-noscript">
      <section class="sa-tally" aria-labelledby="sa-tally-heading">
        <h3 id="sa-tally-heading">{ui.tallyHeading}</h3>
        <p>{ui.tallyIntro}</p>
        <ul>
          {profiles.map((p, slot) => (
            <li key={p.id}>
              {p.name}: <strong class={`sa-c sa-c${slot}`} data-testid={`sa-tally-${p.id}`} />
              {ui.tallyLine(maxima[p.id] ?? 0)}
            </li>
          ))}
        </ul>
        <p>{equalMax ? ui.tallyEqualMax : ui.tallyUnequalMax}</p>
      </section>
      <h3>{ui.profilesHeading}</h3>
      {profiles.map((p) => (
        <details class="sa-profile-more" key={p.id}>
          <summary>{ui.readProfile(p.name)}</summary>
          <ProfileCard profile={p} deckTitles={deckTitles} titled={false} level={4} />
        </details>
      ))}
    </div>
  );
}

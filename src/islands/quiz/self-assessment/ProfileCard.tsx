import type { Profile } from '../../../lib/quiz/schema.ts';
import { selfAssessmentUi as ui } from '../../../i18n/quiz-self-assessment.ts';
import { ProfileIllustration } from './ProfileIllustration.tsx';

interface Props {
  profile: Profile;
  deckTitles: Record<string, string>;
  /** Show the profile's name as a heading (a tie, or the no-JS list); the single result's heading already names it. */
  titled: boolean;
  /** The level of the card's name; its sections go one below. */
  level: 3 | 4;
}

/** One profile revealed: illustration, portrait, strengths, next steps, and what to read. */
export function ProfileCard({ profile, deckTitles, titled, level }: Props) {
  const Title = `h${level}` as const;
  const Section = (titled ? `h${level + 1}` : `h${level}`) as 'h4' | 'h5';
  return (
    <article class="sa-profile" aria-label={profile.name}>
      <div class="sa-portrait">
        <ProfileIllustration profileId={profile.id} alt={profile.illustration} />
        <div>
          {titled && <Title class="sa-profile-name">{profile.name}</Title>}
          <p class="sa-summary">{profile.summary}</p>
          <p>{profile.portrait}</p>
        </div>
      </div>
      <div class="sa-columns">
        <div>
          <Section>{ui.doesWell}</Section>
          <ul>
            {profile.strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
        <div>
          <Section>{ui.nextSteps}</Section>
          <ol class="sa-steps">
            {profile.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </div>
        <div>
          <Section>{ui.readNext}</Section>
          <ul>
            {profile.chapters.map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.title}</a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <Section>{ui.fromToolkit}</Section>
          <ul>
            {profile.decks.map((d) => (
              <li key={d}>
                <a href={`/toolkit/${d}/`}>{deckTitles[d] ?? d}</a>
              </li>
            ))}
            <li>
              <a href="/book/toolkit/">{ui.toolkitChapter}</a>
            </li>
          </ul>
        </div>
      </div>
    </article>
  );
}

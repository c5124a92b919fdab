import type { Profile, Statement } from '../../../lib/quiz/schema.ts';

/** What the server passes to the self-assessment island (all plain JSON). */
export interface SelfAssessmentProps {
  scale: string[];
  statements: Statement[];
  profiles: Profile[];
  /** Deck id → its title, for the toolkit links. */
  deckTitles: Record<string, string>;
}

import type { AudienceId } from './book.ts';

/**
 * The cover sends each audience down its own path: a first chapter to start
 * with and the chapters that follow for them, in the order they need them.
 */
export interface ReaderPath {
  audience: AudienceId;
  heading: string;
  pitch: string;
  start: string;
  then: readonly string[];
  extra?: { href: string; label: string };
}

export const READER_PATHS: readonly ReaderPath[] = [
  {
    audience: 'new-etwinner',
    heading: 'I am new to eTwinning',
    pitch: 'What it is, how to register and get validated, how to find partners and start your first project, and where to get help.',
    start: 'what-is-etwinning',
    then: ['registering-and-validation', 'finding-partners', 'creating-a-project', 'getting-help'],
  },
  {
    audience: 'ambassador',
    heading: 'I am (or want to be) an ambassador',
    pitch: 'The Ambassador Handbook: who ambassadors are, how support services work with them, and a toolkit of editable presentations.',
    start: 'meet-the-ambassadors',
    then: ['ambassadors-and-you', 'ambassador-models', 'toolkit', 'facts-and-figures'],
    extra: { href: '/map/', label: 'Find colleagues on the map' },
  },
  {
    audience: 'teacher',
    heading: 'I want to test myself',
    pitch: 'A 20-question knowledge quiz with a score out of 20, and a self-assessment: what kind of ambassador are you?',
    start: 'knowledge-quiz',
    then: ['self-assessment-quiz'],
  },
];

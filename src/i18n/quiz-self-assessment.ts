/**
 * Interface strings of the self-assessment widget (kept apart from ui.ts so
 * the island's bundle carries only these). Translate alongside ui.ts.
 */
export const selfAssessmentUi = {
  progress: (done: number, total: number) => `${done} of ${total} statements answered`,
  statementNumber: (n: number, total: number) => `Statement ${n} of ${total}`,
  countsTowards: 'How this statement counts',
  countsTowardsText: (parts: string) => `Each step up the scale adds points to: ${parts}.`,
  pointsPerStep: (name: string, weight: number) => `${name} (${weight} ${weight === 1 ? 'point' : 'points'} per step)`,
  pleaseAnswer: 'Please choose an answer.',
  missing: (n: number) => `${n} ${n === 1 ? 'statement still needs' : 'statements still need'} an answer. The first one is selected.`,
  submit: 'Show my profile',
  resultHeading: (name: string) => `Your main profile: ${name}`,
  sharedHeading: (name: string) => `Shared result: ${name}`,
  sharedNote: 'Someone shared this result with you as a link. Your own answers, if you saved any on this device, are unchanged below.',
  takeItYourself: 'Take the self-assessment yourself',
  tied: (names: string) =>
    `Your share is exactly as high for ${names}. The book names the profile with more points (or, if those are equal too, the one listed first), but read both: you are a mix.`,
  alsoStrong: (name: string, percent: number) => `Your next strongest profile is ${name} (${percent}%).`,
  doesWell: (name: string) => `What ${name} does well`,
  grow: 'How to grow from here',
  readNext: 'Chapters for you',
  fromToolkit: 'From the toolkit',
  toolkitChapter: 'The toolkit chapter: how to adapt and run the decks',
  chartHeading: 'All five profiles',
  chartTitle: 'How strongly your answers point to each ambassador profile',
  chartDesc: (list: string) => `Bar chart, percentages of each profile's maximum: ${list}.`,
  chartText: 'The chart as text',
  shareHeading: 'Share or keep this result',
  shareLabel: 'Link to this result',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy automatically: the link is selected, copy it with your keyboard.',
  change: 'Change my answers',
  restart: 'Start again',
  restarted: 'Answers cleared. Start with the first statement.',
  resultReady: (name: string) => `Result ready. Your main profile is ${name}.`,
  sharedReady: (name: string) => `Showing a shared result: ${name}.`,
  noScriptScoring:
    'Scoring by hand: give each answer 0 points for the first step of the scale up to 4 for the last, multiply by the points shown under "How this statement counts", and add them up per profile. The profile with the highest share of its maximum is your main one.',
} as const;

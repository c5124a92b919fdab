/**
 * Every interface string of the book, so a translation is one new object.
 * Chapter text lives in content/; these are the labels around it.
 */
export const LANG = 'en';

export const ui = {
  'site.title': 'eTwinning Ambassadors: the open handbook',
  'site.shortTitle': 'eTwinning Handbook',
  'site.description':
    'A free, open multimedia book about eTwinning for new eTwinners, ambassadors and teachers: guidance, a map of ambassadors, a toolkit and two quizzes.',
  'skip.toContent': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.contents': 'Contents',
  'nav.map': 'Find an ambassador',
  'nav.toolkit': 'Toolkit',
  'nav.quizzes': 'Quizzes',
  'nav.glossary': 'Glossary',
  'nav.faq': 'FAQ',
  'nav.sources': 'About the sources',
  'nav.print': 'Print the whole book',
  'nav.offline': 'Read offline',
  'nav.menu': 'Menu',
  'nav.book': 'Chapters of the book',
  'search.filters': 'Filters',
  'search.type.chapter': 'Chapter',
  'search.type.faq': 'FAQ',
  'search.type.glossary': 'Glossary',
  'search.type.slides': 'Slides',
  'search.type.handout': 'Handout',
  'search.type.page': 'Page',
  'search.open': 'Search',
  'search.title': 'Search the book',
  'search.close': 'Close search',
  'search.hint': 'Press / to search',
  'search.loading': 'Loading search…',
  'search.failed': 'Search could not load.',
  'search.failedOffline':
    'You are offline, and search has not been saved on this device yet (it is kept the first time you search online).',
  'search.failedSaved': 'See the pages saved on this device',
  'search.failedContents': 'The contents list every chapter',
  'search.failedSave': 'save the whole book',
  'search.failedSaveAfter': 'to search it offline next time.',
  'theme.toggle': 'Dark theme',
  'theme.label': 'Colour theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'chapter.onThisPage': 'On this page',
  'chapter.readingTime': (minutes: number) => `${minutes} min read`,
  'chapter.previous': 'Previous',
  'chapter.next': 'Next',
  'chapter.part': (n: number) => `Part ${n}`,
  'chapter.breadcrumb': 'Breadcrumb',
  'chapter.pagination': 'Chapters',
  'chapter.reviewed': 'Last reviewed',
  'chapter.sources': 'Sources',
  'chapter.for': 'For',
  'continue.label': 'Continue where you left off:',
  'cover.paths': 'Choose your path',
  'cover.start': 'Start here',
  'toc.title': 'Contents',
  'footer.licence': 'Text and toolkit under CC BY 4.0. Code under the MIT licence.',
  'footer.fictional': 'People on the map and in stories are fictional sample data.',
  'footer.notOfficial': 'An independent, open book; not an official publication of the European Commission.',
  'notFound.title': 'Page not found',
  'audience.new-etwinner': 'New eTwinner',
  'audience.ambassador': 'Ambassador',
  'audience.teacher': 'Teacher',
  'faq.title': 'Frequently asked questions',
  'faq.description':
    'Short answers to the questions teachers ask most about eTwinning, each with a link to the chapter that explains more.',
  'faq.groups': 'Question groups',
  'faq.readMore': 'Read more in',
  'faq.count': (n: number) => `${n} question${n === 1 ? '' : 's'}`,
  'glossary.title': 'Glossary',
  'glossary.description':
    'The words and abbreviations of eTwinning explained in plain English, from CSS and NSO to TwinSpace and the Quality Labels.',
  'glossary.jump': 'Jump to a letter',
  'glossary.seeAlso': 'See also',
  'glossary.explained': 'Explained in',
  'sources.title': 'About these sources',
  'sources.description':
    'The five source documents behind this book, their dates, what the book uses each for, and how every disagreement between them was settled.',
  'listen.label': 'Listen to this chapter',
  'listen.play': 'Listen',
  'listen.pause': 'Pause',
  'listen.resume': 'Resume',
  'listen.stop': 'Stop',
  'listen.reading': 'Reading aloud',
  'listen.paused': 'Paused',
  'listen.stopped': 'Stopped',
} as const;

type UI = typeof ui;
/** The keys of the plain string labels (the others are functions of a number or a name). */
export type UiKey = { [P in keyof UI]: UI[P] extends string ? P : never }[keyof UI];
/** A plain string label. */
export function t<K extends UiKey>(key: K): string {
  return ui[key];
}

/**
 * Word lists for the sample data generator. Given names are common ones in
 * each language; surnames are assembled from invented syllables so that no
 * sample person can be mistaken for a real one.
 */

/** Outermost regions placed on the map; `adminCode` absent means the whole GeoNames country. */
export const OUTERMOST: readonly { country: string; sourceCountry: string; adminCode?: string; name: string }[] = [
  { country: 'ES', sourceCountry: 'ES', adminCode: '53', name: 'Canary Islands' },
  { country: 'PT', sourceCountry: 'PT', adminCode: '10', name: 'Madeira' },
  { country: 'PT', sourceCountry: 'PT', adminCode: '23', name: 'Azores' },
  { country: 'FR', sourceCountry: 'RE', name: 'Réunion' },
  { country: 'FR', sourceCountry: 'GP', name: 'Guadeloupe' },
  { country: 'FR', sourceCountry: 'MQ', name: 'Martinique' },
  { country: 'FR', sourceCountry: 'GF', name: 'French Guiana' },
  { country: 'FR', sourceCountry: 'YT', name: 'Mayotte' },
];

/** Languages of teaching in each country (ISO 639-1), the most used first. */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  AL: ['sq'], AT: ['de'], BE: ['nl', 'fr', 'de'], BA: ['bs', 'hr', 'sr'], BG: ['bg'], HR: ['hr'], CY: ['el', 'tr'],
  CZ: ['cs'], DK: ['da'], EE: ['et', 'ru'], FI: ['fi', 'sv'], FR: ['fr'], DE: ['de'], GR: ['el'], HU: ['hu'],
  IS: ['is'], IE: ['en', 'ga'], IT: ['it'], LV: ['lv', 'ru'], LI: ['de'], LT: ['lt'], LU: ['lb', 'fr', 'de'],
  MT: ['mt', 'en'], NL: ['nl'], MK: ['mk', 'sq'], NO: ['no'], PL: ['pl'], PT: ['pt'], RO: ['ro', 'hu'],
  RS: ['sr'], SK: ['sk', 'hu'], SI: ['sl'], ES: ['es', 'ca', 'gl', 'eu'], SE: ['sv'], TR: ['tr'],
  GB: ['en', 'cy', 'gd'], AM: ['hy'], AZ: ['az'], GE: ['ka'], MD: ['ro', 'ru'], TN: ['ar', 'fr'], UA: ['uk'],
  JO: ['ar'], LB: ['ar', 'fr'],
};

/** Common given names by main language (falls back to `en`). */
export const GIVEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['Anna', 'Claire', 'David', 'Emma', 'James', 'Laura', 'Mark', 'Olivia', 'Peter', 'Sarah'],
  es: ['Ana', 'Carmen', 'Javier', 'Lucía', 'Marta', 'Pablo', 'Rosa', 'Sergio', 'Elena', 'Diego'],
  fr: ['Camille', 'Claire', 'Julien', 'Léa', 'Louis', 'Manon', 'Nicolas', 'Sophie', 'Thomas', 'Inès'],
  de: ['Anja', 'Jonas', 'Julia', 'Katrin', 'Lukas', 'Markus', 'Petra', 'Sabine', 'Stefan', 'Lena'],
  it: ['Chiara', 'Davide', 'Francesca', 'Giulia', 'Luca', 'Marco', 'Paola', 'Sara', 'Matteo', 'Elisa'],
  pt: ['Ana', 'Beatriz', 'João', 'Inês', 'Miguel', 'Rita', 'Tiago', 'Sofia', 'Pedro', 'Marta'],
  nl: ['Anouk', 'Daan', 'Eva', 'Joost', 'Lotte', 'Bram', 'Sanne', 'Pieter', 'Femke', 'Ruben'],
  pl: ['Agnieszka', 'Anna', 'Ewa', 'Kasia', 'Marek', 'Piotr', 'Tomasz', 'Magda', 'Paweł', 'Zofia'],
  el: ['Eleni', 'Giorgos', 'Maria', 'Nikos', 'Sofia', 'Dimitra', 'Kostas', 'Anna', 'Yannis', 'Katerina'],
  ro: ['Andreea', 'Ioana', 'Mihai', 'Elena', 'Radu', 'Cristina', 'Andrei', 'Maria', 'Bogdan', 'Alina'],
  tr: ['Ayşe', 'Elif', 'Emre', 'Fatma', 'Mehmet', 'Zeynep', 'Can', 'Deniz', 'Selin', 'Murat'],
  ar: ['Amal', 'Hana', 'Karim', 'Layla', 'Nadia', 'Omar', 'Rania', 'Sami', 'Yasmin', 'Walid'],
  uk: ['Iryna', 'Oksana', 'Olena', 'Andriy', 'Taras', 'Natalia', 'Dmytro', 'Yulia', 'Mykola', 'Svitlana'],
  sv: ['Anna', 'Erik', 'Karin', 'Lars', 'Maja', 'Johan', 'Sara', 'Oskar', 'Elin', 'Nils'],
  fi: ['Aino', 'Juha', 'Laura', 'Mikko', 'Sanna', 'Timo', 'Elina', 'Ville', 'Hanna', 'Pekka'],
  hu: ['Anna', 'Eszter', 'Gábor', 'Katalin', 'László', 'Zsófia', 'Péter', 'Réka', 'Tamás', 'Judit'],
  cs: ['Jana', 'Petr', 'Tereza', 'Martin', 'Lucie', 'Tomáš', 'Eva', 'Jakub', 'Klára', 'Pavel'],
  sk: ['Zuzana', 'Peter', 'Lucia', 'Martin', 'Katarína', 'Michal', 'Jana', 'Tomáš', 'Eva', 'Juraj'],
};

export const SURNAME_PARTS = {
  start: ['Al', 'Bel', 'Cor', 'Dar', 'El', 'Fen', 'Gal', 'Hal', 'Ist', 'Jor', 'Kel', 'Lor', 'Mar', 'Nol', 'Or', 'Per', 'Quin', 'Ros', 'Sel', 'Tar', 'Ul', 'Ver', 'Wen', 'Zan'],
  middle: ['a', 'e', 'i', 'o', 'u', 'ia', 'ou', 'en', 'ar', 'il'],
  end: ['dell', 'vin', 'mont', 'sky', 'rin', 'bert', 'lis', 'nova', 'stead', 'ven', 'holm', 'tano', 'vik', 'zar'],
} as const;

export const SUBJECTS = [
  'Mathematics', 'Science', 'Biology', 'Chemistry', 'Physics', 'History', 'Geography', 'Literature',
  'English as a foreign language', 'French as a foreign language', 'German as a foreign language', 'Spanish as a foreign language',
  'Art', 'Music', 'Physical education', 'ICT', 'Citizenship', 'Early years', 'Special educational needs', 'Religion and ethics',
] as const;

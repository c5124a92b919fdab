import type { listAnd as english } from '../list.ts';

/**
 * Spanish list joining: "A", "A y B", "A, B y C" (no comma before "y").
 * Before a word that starts with the sound /i/ (i-, hi-, but not hie-, hia-…)
 * the conjunction is "e": "Guía e Innovación".
 */
export const listAnd: typeof english = (names) => {
  if (names.length < 2) return names[0] ?? '';
  const last = names.at(-1) ?? '';
  const and = /^h?[iíIÍ](?![aeiouáéíóúAEIOUÁÉÍÓÚ])/.test(last) ? 'e' : 'y';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
};

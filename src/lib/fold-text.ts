/**
 * The one accent- and case-folding of the book, so the map's filter, the CSV
 * importer and the originality check agree on what "the same word" is:
 * "Sevilla", "SEVILLA" and "Sévilla" all become "sevilla". NFKD also splits
 * ligatures and full-width letters ("ﬁ" → "fi").
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

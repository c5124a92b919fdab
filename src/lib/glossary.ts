/**
 * Ordering for the glossary page. Many terms begin with "eTwinning", so the
 * page files them under the word that tells them apart ("eTwinning Live"
 * under L), as printed glossaries do; the full term is still shown.
 */
export interface GlossaryLike {
  id: string;
  term: string;
  seeAlso: string[];
}

export function sortKey(term: string): string {
  return term.replace(/^eTwinning\s+/i, '').toLocaleLowerCase('en');
}

export function letterOf(term: string): string {
  const first = sortKey(term).normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Entries in alphabetical order, grouped by their first letter. */
export function groupByLetter<T extends GlossaryLike>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), 'en'));
  const groups: { letter: string; entries: T[] }[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** Problems with cross-references: a "see also" id that is not a term, or a term that refers to itself. */
export function brokenSeeAlso(entries: readonly GlossaryLike[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((e) =>
    e.seeAlso
      .filter((ref) => ref === e.id || !ids.has(ref))
      .map((ref) => (ref === e.id ? `"${e.id}" lists itself in seeAlso` : `"${e.id}" lists unknown term "${ref}" in seeAlso`)),
  );
}

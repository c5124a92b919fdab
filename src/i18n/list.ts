/** "A", "A and B", "A, B and C": one place for the book's list joining (its own file, so islands carry only this). */
export const listAnd = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

import type { listAnd as english } from '../list.ts';

/** French list joining: "A", "A et B", "A, B et C" (no comma before "et"). */
export const listAnd: typeof english = (names) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;

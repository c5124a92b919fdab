/**
 * The one place the book reads and writes localStorage. Every stored value is
 * JSON of the shape `{ "v": <version>, "data": <payload> }`. A value that is
 * missing, unparsable, of another version or rejected by `isValid` reads as
 * undefined: a reader never sees a crash because of old or corrupt state.
 *
 * Keys in use (document new ones here):
 * - `etw:reading` v1: { last: { slug, title, heading?, headingText?, at } } (reading position)
 * - `etw:quiz:knowledge` v1: { mode, feedback, answers, checked, optionOrder, current, finished, best, name }
 *   (knowledge quiz progress and best score; see lib/quiz/progress.ts)
 * - `etw:quiz:self` v1: { answers, current, finished } (self-assessment progress; lib/quiz/progress.ts)
 * - `etw:theme` is the exception: a bare string "light" | "dark", read before paint by /theme-init.js.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function defaultStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // Access throws when storage is disabled (privacy modes, sandboxed frames).
  }
}

export function readState<T>(
  key: string,
  version: number,
  isValid: (data: unknown) => data is T,
  storage: StorageLike | undefined = defaultStorage(),
): T | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { v, data } = parsed as { v?: unknown; data?: unknown };
    return v === version && isValid(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the value could not be stored (quota, disabled storage). */
export function writeState(key: string, version: number, data: unknown, storage: StorageLike | undefined = defaultStorage()): boolean {
  try {
    storage?.setItem(key, JSON.stringify({ v: version, data }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function clearState(key: string, storage: StorageLike | undefined = defaultStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}

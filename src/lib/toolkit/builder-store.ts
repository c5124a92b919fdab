/**
 * The deck builder's work on the device, through the one stored-state module.
 * Keys:
 * - `etw:toolkit:builder` v2: BuilderState (v1: the first builder's shape, migrated on read; see builder-state.ts)
 * - `etw:toolkit:builder:unreadable` v1: { raw } the text of a save that could not be read, kept aside
 *   before the first new save so nothing the reader made is overwritten unseen
 * - `etw:toolkit:builder:logo` v1: { name, type, dataUrl } (kept apart: it is too big for a share link)
 */
import { readState, writeState, type StorageLike } from '../stored-state.ts';
import { BUILDER_VERSION, type BuilderState } from './builder.ts';
import { BUILDER_STORAGE_KEY, parseBuilderState, type ParsedBuilder } from './builder-state.ts';
import type { LogoType } from './logo.ts';

const UNREADABLE_KEY = `${BUILDER_STORAGE_KEY}:unreadable`;
const LOGO_KEY = `${BUILDER_STORAGE_KEY}:logo`;

export interface Logo {
  name: string;
  type: LogoType;
  /** A data: URL, read in the browser: the file never leaves the device. */
  dataUrl: string;
}

const anything = (data: unknown): data is unknown => data !== undefined;

function rawItem(storage?: StorageLike): string | null {
  try {
    return (storage ?? globalThis.localStorage)?.getItem(BUILDER_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The saved work, or why it could not be read (the unreadable text is set aside, never lost). */
export function loadBuilder(storage?: StorageLike): { parsed?: ParsedBuilder } {
  for (const version of [BUILDER_VERSION, 1]) {
    const data = readState(BUILDER_STORAGE_KEY, version, anything, storage);
    if (data !== undefined) {
      const parsed = parseBuilderState(typeof data === 'object' && data !== null ? { ...data, v: version } : data);
      if ('error' in parsed) writeState(UNREADABLE_KEY, 1, { raw: rawItem(storage) }, storage);
      return { parsed };
    }
  }
  const raw = rawItem(storage);
  if (raw === null) return {};
  writeState(UNREADABLE_KEY, 1, { raw }, storage);
  return {
    parsed: { error: 'Your saved deck could not be read, so the builder starts afresh. The old text is kept aside on this device.' },
  };
}

/** False when the browser refused to store it (full or switched off): the island says so. */
export const saveBuilder = (state: BuilderState, storage?: StorageLike): boolean =>
  writeState(BUILDER_STORAGE_KEY, BUILDER_VERSION, state, storage);

const isLogo = (d: unknown): d is Logo =>
  typeof d === 'object' &&
  d !== null &&
  typeof (d as Logo).name === 'string' &&
  typeof (d as Logo).dataUrl === 'string' &&
  /^data:image\/(png|jpeg|svg\+xml);base64,/.test((d as Logo).dataUrl);

export const loadLogo = (storage?: StorageLike): Logo | undefined => readState(LOGO_KEY, 1, isLogo, storage);
export const saveLogo = (logo: Logo | undefined, storage?: StorageLike): boolean => writeState(LOGO_KEY, 1, logo ?? null, storage);

/**
 * Reading the deck builder's work back: from the device (stored-state key
 * `etw:toolkit:builder`), from an exported .json file, or from a shared URL.
 * Whatever the source, the same parser recovers what it can and says what it
 * could not, so a broken or older file never loses the rest of the work.
 *
 * Shapes (`v` is the version):
 * - v2 (current): BuilderState, slides as { deck, slide, key, edit? } (found by title key, then position).
 * - v1 (the first builder): { v: 1, title, event, slides: ["deck-id:3", …] } (found by position only).
 * A share URL carries the same JSON, deflated and base64url-encoded, after `#deck=`: the part after `#`
 * never reaches a server.
 */
import {
  BUILDER_VERSION,
  EVENT_FIELDS,
  emptyBuilder,
  type BuilderState,
  type EventDetails,
  type SlideEdit,
  type SlideRef,
} from './builder.ts';

export const BUILDER_STORAGE_KEY = 'etw:toolkit:builder';
/** Longer links break in some mail and chat apps; past this the builder offers the .json file instead. */
export const MAX_SHARE_URL = 8000;
export const SHARE_PARAM = 'deck';

export type ParsedBuilder = { state: BuilderState; notes: string[] } | { error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function readEvent(raw: unknown, notes: string[]): EventDetails {
  const event: EventDetails = {};
  if (raw === undefined) return event;
  if (!isRecord(raw)) {
    notes.push('The event details could not be read and were left empty.');
    return event;
  }
  for (const field of EVENT_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    if (isString(value)) event[field] = value;
    else notes.push(`The event detail "${field}" was not text and was left empty.`);
  }
  return event;
}

function readEdit(raw: unknown): SlideEdit | undefined | null {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) return null;
  const edit: SlideEdit = {};
  if (raw.title !== undefined) {
    if (!isString(raw.title)) return null;
    edit.title = raw.title;
  }
  if (raw.notes !== undefined) {
    if (!isString(raw.notes)) return null;
    edit.notes = raw.notes;
  }
  if (raw.bullets !== undefined) {
    if (!Array.isArray(raw.bullets) || !raw.bullets.every(isString)) return null;
    edit.bullets = raw.bullets;
  }
  return edit;
}

function readSlideV2(raw: unknown): SlideRef | null {
  if (!isRecord(raw) || !isString(raw.deck) || !Number.isInteger(raw.slide) || (raw.slide as number) < 1) return null;
  const edit = readEdit(raw.edit);
  if (edit === null) return null;
  return { deck: raw.deck, slide: raw.slide as number, key: isString(raw.key) ? raw.key : '', ...(edit ? { edit } : {}) };
}

function readSlideV1(raw: unknown): SlideRef | null {
  const m = isString(raw) ? /^([a-z0-9-]+):(\d+)$/.exec(raw) : null;
  return m ? { deck: m[1]!, slide: Number(m[2]), key: '' } : null;
}

/** Any saved, imported or shared builder JSON: the work it holds, and what could not be recovered. */
export function parseBuilderState(raw: unknown): ParsedBuilder {
  if (!isRecord(raw)) return { error: 'This is not a saved deck from the builder.' };
  const version = raw.v ?? raw.version;
  if (version !== 1 && version !== BUILDER_VERSION) {
    return typeof version === 'number' && version > BUILDER_VERSION
      ? { error: 'This deck was made by a newer version of the book. Open it there, or update this copy.' }
      : { error: 'This is not a saved deck from the builder (it has no version this builder knows).' };
  }
  const notes: string[] = [];
  if (version === 1) notes.push('This deck was saved by an older version of the builder: its slides were found by their position.');
  const state = emptyBuilder();
  if (isString(raw.title)) state.title = raw.title;
  state.event = readEvent(raw.event, notes);
  const list = Array.isArray(raw.slides) ? raw.slides : [];
  if (!Array.isArray(raw.slides)) notes.push('The list of slides could not be read.');
  list.forEach((item, i) => {
    const ref = version === 1 ? readSlideV1(item) : readSlideV2(item);
    if (ref) state.slides.push(ref);
    else notes.push(`Slide ${i + 1} could not be read and was left out.`);
  });
  return { state, notes };
}

/** The JSON written to the device, to an exported file and into a share link. */
export const serialiseBuilder = (state: BuilderState): string => JSON.stringify({ v: BUILDER_VERSION, ...state, version: undefined });

export function parseBuilderJson(text: string): ParsedBuilder {
  try {
    return parseBuilderState(JSON.parse(text));
  } catch {
    return { error: 'This file is not a saved deck: its text is not JSON.' };
  }
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The hash part of a share link ("deck=…"), deflated so a 30-slide deck with edits still fits. */
export async function encodeShare(state: BuilderState): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(serialiseBuilder(state)), new CompressionStream('deflate-raw'));
  return `${SHARE_PARAM}=${toBase64Url(packed)}`;
}

/** A share link's hash back into the work; a damaged link is an error, never a crash. */
export async function decodeShare(hash: string): Promise<ParsedBuilder | undefined> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (!value) return undefined;
  try {
    const text = new TextDecoder().decode(await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw')));
    return parseBuilderJson(text);
  } catch {
    return { error: 'This share link is damaged (perhaps cut short when it was copied): the deck could not be rebuilt from it.' };
  }
}

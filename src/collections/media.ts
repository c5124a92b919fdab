/**
 * Build-time access to content/media/<id>.yaml: one media item by id, after
 * checking what the schema cannot see: that its files are in public/, that the
 * captions (and chapters track) are valid WebVTT, and that they fit the stated
 * duration. A problem stops the build naming the file and, for a track, the line.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseVtt, type TimedCue } from '../lib/media-vtt.ts';

export type MediaData = CollectionEntry<'media'>['data'];
export interface CheckedMedia extends MediaData {
  id: string;
  /** Size of the media file in bytes, shown before the reader presses play. */
  bytes: number;
  captionCues: TimedCue[];
}

const PUBLIC = join(process.cwd(), 'public');

function publicFile(entry: string, field: string, path: string): string {
  const file = join(PUBLIC, path);
  if (!existsSync(file)) throw new Error(`content/media/${entry}.yaml: ${field} ${path} is not in public${path}`);
  return file;
}

function track(entry: string, field: string, path: string, duration: number): TimedCue[] {
  const cues = parseVtt(readFileSync(publicFile(entry, field, path), 'utf8'), `public${path}`);
  const last = cues.at(-1)!;
  // A second of slack: encoders round the length of the file.
  if (last.end > duration + 1)
    throw new Error(
      `public${path}: the last cue ends at ${last.end} s, after the item's duration (${duration} s) in content/media/${entry}.yaml`,
    );
  return cues;
}

/** A media item by id; `usedBy` names the page asking, for the build error when the id is unknown. */
export async function mediaItem(id: string, usedBy: string): Promise<CheckedMedia> {
  const entry = await getEntry('media', id);
  if (!entry) throw new Error(`${usedBy} asks for media item "${id}", which is not in content/media/`);
  const data = entry.data;
  const bytes = statSync(publicFile(id, 'src', data.src)).size;
  if (data.poster) publicFile(id, 'poster', data.poster);
  const captionCues = track(id, 'captions', data.captions, data.duration);
  if (data.chaptersTrack) track(id, 'chaptersTrack', data.chaptersTrack, data.duration);
  return { ...data, id, bytes, captionCues };
}

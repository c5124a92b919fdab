/**
 * WebVTT for the media component: write captions and chapter tracks from a
 * list of timed cues, and read a track back with errors that name the line.
 * Pure functions: the make-media script, the build check and the tests share them.
 */

export interface TimedCue {
  /** Seconds from the start. */
  start: number;
  end: number;
  text: string;
}

/** 83.5 → "00:01:23.500" (the form WebVTT requires). */
export function vttTime(seconds: number): string {
  if (!(seconds >= 0) || !Number.isFinite(seconds)) throw new Error(`not a time: ${seconds}`);
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** 83 → "1:23": how a time reads in a chapter list. */
export function clockTime(seconds: number): string {
  const total = Math.round(seconds);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A WebVTT file, one cue per entry, numbered from 1. Text lines must not contain "-->". */
export function writeVtt(cues: TimedCue[]): string {
  const blocks = cues.map((cue, i) => {
    if (cue.text.includes('-->')) throw new Error(`cue ${i + 1}: text may not contain "-->"`);
    if (!(cue.end > cue.start)) throw new Error(`cue ${i + 1}: ends before it starts`);
    return `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${cue.text.trim()}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

const TIMING = /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})\s+-->\s+(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})(?:\s.*)?$/;

function seconds(h: string | undefined, m: string, s: string, ms: string): number {
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

/**
 * Reads a WebVTT track. Throws `<name>:<line>: <problem>` for a missing header, a bad
 * timing line, a cue that ends before it starts, or cues out of order.
 */
export function parseVtt(text: string, name: string): TimedCue[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new Error(`${name}:1: a WebVTT file must start with "WEBVTT"`);
  const cues: TimedCue[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('-->')) continue;
    const m = TIMING.exec(line.trim());
    if (!m) throw new Error(`${name}:${i + 1}: cannot read the timing "${line.trim()}" (write 00:00:01.000 --> 00:00:04.000)`);
    const start = seconds(m[1], m[2]!, m[3]!, m[4]!);
    const end = seconds(m[5], m[6]!, m[7]!, m[8]!);
    if (!(end > start)) throw new Error(`${name}:${i + 1}: the cue ends before it starts`);
    const previous = cues.at(-1);
    if (previous && start < previous.start) throw new Error(`${name}:${i + 1}: cues must be in time order`);
    const body: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') body.push(lines[++i]!);
    if (!body.length) throw new Error(`${name}:${i + 1}: the cue has no text`);
    cues.push({ start, end, text: body.join('\n') });
  }
  if (!cues.length) throw new Error(`${name}: the file has no cues`);
  return cues;
}

import { describe, expect, it } from 'vitest';
import { mediaSchema } from '../../src/lib/media-schema.ts';
import { clockTime, parseVtt, vttTime, writeVtt } from '../../src/lib/media-vtt.ts';

const valid = {
  kind: 'video',
  label: 'illustration',
  title: 'A test clip',
  summary: 'Twenty characters or more of summary.',
  src: '/media/clip.webm',
  type: 'video/webm',
  poster: '/media/clip.png',
  captions: '/media/clip.en.vtt',
  duration: 30,
  chapters: [
    { start: 0, title: 'Start' },
    { start: 12, title: 'Middle' },
  ],
  transcript: [{ text: 'Everything that is said.' }],
  credit: 'Made for the tests.',
  made: '2026-12-02',
};
/** The messages zod gives for one changed field. */
const problems = (change: Record<string, unknown>) => {
  const result = mediaSchema.safeParse({ ...valid, ...change });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('media schema', () => {
  it('accepts a complete item and fills in the language', () => {
    expect(mediaSchema.parse(valid).lang).toBe('en');
  });

  it('requires captions and a transcript', () => {
    expect(problems({ captions: undefined })).toHaveLength(1);
    expect(problems({ transcript: [] })).toEqual(['transcript: a transcript is required']);
  });

  it('refuses files on other hosts and media types that do not match the kind', () => {
    expect(problems({ src: 'https://video.example.com/clip.webm' })[0]).toMatch(/under \/media\//);
    expect(problems({ captions: '/media/clip.srt' })[0]).toMatch(/WebVTT/);
    expect(problems({ type: 'audio/ogg' })).toEqual(['type: must be a video/… type for a video']);
  });

  it('needs a poster for a video but not for audio', () => {
    expect(problems({ poster: undefined })).toEqual(['poster: a video needs a poster image']);
    expect(problems({ kind: 'audio', type: 'audio/mpeg', src: '/media/clip.mp3', poster: undefined })).toEqual([]);
  });

  it('checks the chapters: from 0, in order, inside the duration', () => {
    expect(problems({ chapters: [{ start: 3, title: 'Late' }] })).toEqual(['chapters: the first chapter must start at 0']);
    expect(
      problems({
        chapters: [
          { start: 0, title: 'One' },
          { start: 0, title: 'Two' },
        ],
      }),
    ).toEqual(['chapters.1.start: chapters must be in time order']);
    expect(problems({ duration: 10 })).toEqual(['chapters: a chapter starts after the end']);
  });

  it('does not let an unknown key pass silently (a typo would drop the field)', () => {
    expect(problems({ caption: '/media/x.vtt' })[0]).toMatch(/caption/);
  });
});

describe('WebVTT', () => {
  it('writes times the way the format requires', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(83.5)).toBe('00:01:23.500');
    expect(vttTime(3725.0404)).toBe('01:02:05.040');
    expect(clockTime(83.4)).toBe('1:23');
  });

  it('reads back what it writes', () => {
    const cues = [
      { start: 0.6, end: 3.25, text: 'First line.' },
      { start: 3.7, end: 6, text: 'Second line.' },
    ];
    const text = writeVtt(cues);
    expect(text.startsWith('WEBVTT\n\n1\n00:00:00.600 --> 00:00:03.250\nFirst line.')).toBe(true);
    expect(parseVtt(text, 'x.vtt')).toEqual(cues);
  });

  it('reads short timings, cue settings and multi-line cues', () => {
    const cues = parseVtt('WEBVTT - a title\n\n00:01.000 --> 00:04.000 line:0\nTwo\nlines\n', 'x.vtt');
    expect(cues).toEqual([{ start: 1, end: 4, text: 'Two\nlines' }]);
  });

  it('names the file and line of a problem', () => {
    expect(() => parseVtt('1\n00:00:01.000 --> 00:00:02.000\nHi', 'a.vtt')).toThrow('a.vtt:1: a WebVTT file must start with "WEBVTT"');
    expect(() => parseVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHi', 'b.vtt')).toThrow(/^b\.vtt:3: cannot read the timing/);
    expect(() => parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHi', 'c.vtt')).toThrow('c.vtt:3: the cue ends before it starts');
    expect(() => parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n00:00:01.000 --> 00:00:02.000\nB', 'd.vtt')).toThrow(
      'd.vtt:6: cues must be in time order',
    );
    expect(() => parseVtt('WEBVTT\n', 'e.vtt')).toThrow('e.vtt: the file has no cues');
  });
});

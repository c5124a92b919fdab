/**
 * One media item (content/media/<id>.yaml): a self-hosted video or audio file
 * with the captions, transcript and labels the book requires. The build
 * (src/collections/media.ts) also checks that the files exist and that the
 * captions are valid WebVTT.
 */
import { z } from 'astro/zod';

/** A file served by the site itself, e.g. /media/interview.webm (no other host: nothing is fetched elsewhere). */
const localFile = (ext: RegExp, what: string) =>
  z
    .string()
    .regex(/^\/media\/[a-z0-9][a-z0-9._-]*$/, 'must be a file under /media/ (public/media/ in the repository), in lower case')
    .refine((path) => ext.test(path), { message: `must be ${what}` });

/** What the item is: the player shows this label above it, so no reader mistakes an illustration for a real interview. */
export const MEDIA_LABELS = {
  illustration: 'Illustration made for this book',
  interview: 'Interview',
  'fictional-interview': 'Fictional interview (actors or synthetic voices)',
} as const;

export const mediaSchema = z
  .object({
    kind: z.enum(['video', 'audio']),
    label: z.enum(Object.keys(MEDIA_LABELS) as [keyof typeof MEDIA_LABELS, ...(keyof typeof MEDIA_LABELS)[]]),
    title: z.string().min(3).max(90),
    /** One or two sentences: what the reader will see or hear. */
    summary: z.string().min(20).max(300),
    src: localFile(/\.(webm|mp4|m4a|mp3|ogg|opus)$/, 'a .webm, .mp4, .m4a, .mp3, .ogg or .opus file'),
    /** The MIME type the browser checks before it downloads anything, e.g. video/webm. */
    type: z.string().regex(/^(video|audio)\/[a-z0-9.+-]+(;.*)?$/, 'must be a media type such as video/webm or audio/mpeg'),
    poster: localFile(/\.(png|jpe?g|webp|avif)$/, 'an image (.png, .jpg, .webp or .avif)').optional(),
    /** Same-language captions (WebVTT): required, for deaf and hard-of-hearing readers and for silent reading. */
    captions: localFile(/\.vtt$/, 'a WebVTT (.vtt) file'),
    /** Optional WebVTT chapters track for the player's timeline (the make-media script writes one from `chapters`). */
    chaptersTrack: localFile(/\.vtt$/, 'a WebVTT (.vtt) file').optional(),
    /** BCP 47 language of the speech and captions. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .default('en'),
    /** Length in seconds, shown before anything is downloaded. */
    duration: z
      .number()
      .positive()
      .max(4 * 3600),
    /** Chapters, in time order; the first starts at 0. The player lists them and can jump to each. */
    chapters: z
      .array(z.object({ start: z.number().min(0), title: z.string().min(2).max(80) }).strict())
      .default([])
      .superRefine((list, ctx) => {
        if (list.length && list[0]!.start !== 0) ctx.addIssue({ code: 'custom', message: 'the first chapter must start at 0' });
        list.forEach((c, i) => {
          if (i && c.start <= list[i - 1]!.start)
            ctx.addIssue({ code: 'custom', path: [i, 'start'], message: 'chapters must be in time order' });
        });
      }),
    /** The full text of what is said (and shown, when it matters), paragraph by paragraph. Required. */
    transcript: z
      .array(z.object({ speaker: z.string().min(1).max(60).optional(), text: z.string().min(1) }).strict())
      .min(1, 'a transcript is required'),
    /** Who made it and how; for an interview, the speakers' consent and the recording date. */
    credit: z.string().min(10),
    /** YYYY-MM-DD: when it was recorded or made. */
    made: z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')])
      .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (!item.type.startsWith(`${item.kind}/`))
      ctx.addIssue({ code: 'custom', path: ['type'], message: `must be a ${item.kind}/… type for a ${item.kind}` });
    if (item.kind === 'video' && !item.poster) ctx.addIssue({ code: 'custom', path: ['poster'], message: 'a video needs a poster image' });
    const last = item.chapters.at(-1);
    if (last && last.start >= item.duration)
      ctx.addIssue({ code: 'custom', path: ['chapters'], message: 'a chapter starts after the end' });
  });

export type MediaItem = z.infer<typeof mediaSchema>;

/**
 * Usage: node scripts/make-media-sample.ts
 * Makes the book's sample media item, a short narrated animation of the
 * four steps of creating a project, and writes it with everything the media
 * schema asks for:
 *   public/media/create-project-steps.webm        (VP9 + Opus, well under 1 MB)
 *   public/media/create-project-steps.poster.png
 *   public/media/create-project-steps.en.vtt      (captions)
 *   public/media/create-project-steps.chapters.vtt
 *   content/media/create-project-steps.yaml       (the entry: transcript, chapters, labels)
 * Needs espeak-ng (the synthetic voice), Chromium (draws and records the animation with
 * MediaRecorder) and ffmpeg (rewrites the recording with a duration and seek index, which
 * MediaRecorder leaves out). Debian: apt-get install espeak-ng ffmpeg chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { writeVtt, type TimedCue } from '../src/lib/media-vtt.ts';
import { drawScene, type SceneCue } from './make-media-scene.ts';

const ID = 'create-project-steps';
const root = resolve(import.meta.dirname, '..');
const out = (name: string) => join(root, 'public/media', name);

/** The narration, in the book's own words; `node` is the step drawn as current (-1: none yet). */
const NARRATION: { text: string; node: number; chapter?: string }[] = [
  {
    text: 'This short animation is an illustration made for this book. The voice is synthetic.',
    node: -1,
    chapter: 'About this illustration',
  },
  { text: 'Starting an eTwinning project takes four steps on the platform.', node: -1, chapter: 'The four steps' },
  { text: 'First, choose the school the project belongs to. You cannot change it later.', node: 0 },
  { text: 'Second, choose your co-founder from your contacts.', node: 1 },
  { text: 'Third, describe the project: its aims, the pupils, the subjects and the languages.', node: 2 },
  { text: 'Fourth, review what you wrote, and create the project.', node: 3 },
  {
    text: 'Your co-founder accepts, and the National Support Organisations approve the project.',
    node: 4,
    chapter: 'Approval and the TwinSpace',
  },
  { text: 'Then the TwinSpace opens, and the work with your partners can begin.', node: 5 },
];
const LEAD_IN = 0.6;
const GAP = 0.45;
const TAIL = 1.4;

function need(cmd: string, args: string[]): void {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
  } catch {
    throw new Error(`${cmd} is needed to make the sample media (Debian: apt-get install ${cmd === 'espeak-ng' ? 'espeak-ng' : 'ffmpeg'})`);
  }
}

/** Seconds of audio in a PCM WAV file (espeak-ng writes a plain 44-byte header). */
function wavSeconds(wav: Buffer): number {
  const byteRate = wav.readUInt32LE(28);
  const dataAt = wav.indexOf('data', 12);
  return wav.readUInt32LE(dataAt + 4) / byteRate;
}

need('espeak-ng', ['--version']);
need('ffmpeg', ['-version']);
const work = mkdtempSync(join(tmpdir(), 'make-media-'));
try {
  let t = LEAD_IN;
  const cues: (SceneCue & TimedCue & { wav: string; chapter?: string })[] = NARRATION.map((line, i) => {
    const file = join(work, `cue-${i}.wav`);
    execFileSync('espeak-ng', ['-v', 'en-gb', '-s', '150', '-w', file, line.text]);
    const wav = readFileSync(file);
    const cue = { ...line, start: t, end: t + wavSeconds(wav), wav: wav.toString('base64') };
    t = cue.end + GAP;
    return cue;
  });
  const duration = Math.ceil((cues.at(-1)!.end + TAIL) * 10) / 10;

  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is needed to record the animation (apt-get install chromium)');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
  const page = await browser.newPage();
  await page.setContent('<canvas width="640" height="360"></canvas>');
  // The drawing function goes in as a script, so the page and this file share one definition.
  await page.addScriptTag({ content: `window.drawScene = ${drawScene.toString()};` });
  const scene = cues.map(({ start, end, node }) => ({ start, end, node }));
  const { video, poster } = await page.evaluate(
    async ({ cues, scene, duration }) => {
      const paint = (window as unknown as { drawScene: typeof drawScene }).drawScene;
      const canvas = document.querySelector('canvas')!;
      const g = canvas.getContext('2d', { alpha: false })!;
      const audio = new AudioContext();
      const sink = audio.createMediaStreamDestination();
      const buffers = await Promise.all(
        cues.map((c) => audio.decodeAudioData(Uint8Array.from(atob(c.wav), (ch) => ch.charCodeAt(0)).buffer)),
      );
      const stream = new MediaStream([...canvas.captureStream(24).getVideoTracks(), ...sink.stream.getAudioTracks()]);
      const recorder = new MediaRecorder(stream, {
        mimeType: 'video/webm;codecs=vp9,opus',
        videoBitsPerSecond: 110_000,
        audioBitsPerSecond: 24_000,
      });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((done) => (recorder.onstop = done));
      paint(g, scene, 0);
      recorder.start();
      const t0 = audio.currentTime + 0.05;
      buffers.forEach((buffer, i) => {
        const source = audio.createBufferSource();
        source.buffer = buffer;
        source.connect(sink);
        source.start(t0 + cues[i]!.start);
      });
      await new Promise<void>((done) => {
        const frame = () => {
          const now = audio.currentTime - t0;
          paint(g, scene, Math.max(0, now));
          if (now >= duration) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      recorder.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      paint(g, scene, duration);
      return { video: btoa(binary), poster: canvas.toDataURL('image/png').split(',')[1]! };
    },
    { cues: cues.map(({ start, wav }) => ({ start, wav })), scene, duration },
  );
  await browser.close();

  // MediaRecorder writes no duration or seek index; a stream copy through ffmpeg adds both.
  writeFileSync(join(work, 'raw.webm'), Buffer.from(video, 'base64'));
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-i',
    join(work, 'raw.webm'),
    '-c',
    'copy',
    '-t',
    String(duration),
    out(`${ID}.webm`),
  ]);
  writeFileSync(out(`${ID}.poster.png`), Buffer.from(poster, 'base64'));
  writeFileSync(out(`${ID}.en.vtt`), writeVtt(cues));
  const starts = cues.filter((c) => c.chapter).map((c, i) => ({ title: c.chapter!, start: i === 0 ? 0 : Math.floor(c.start * 10) / 10 }));
  writeFileSync(
    out(`${ID}.chapters.vtt`),
    writeVtt(starts.map((c, i) => ({ start: c.start, end: starts[i + 1]?.start ?? duration, text: c.title }))),
  );
  const entry = join(root, 'content/media', `${ID}.yaml`);
  writeFileSync(entry, entryYaml(duration, starts, cues));
  // The same layout as `npm run format` gives, so the format check passes on a fresh run.
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', entry], { stdio: 'ignore' });
  console.log(`wrote ${ID}: ${duration} s, ${readFileSync(out(`${ID}.webm`)).length} bytes of video`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function entryYaml(duration: number, chapters: { title: string; start: number }[], cues: { text: string; chapter?: string }[]): string {
  const q = (s: string) => JSON.stringify(s);
  const paragraphs: string[] = [];
  for (const c of cues) {
    if (c.chapter || !paragraphs.length) paragraphs.push(c.text);
    else paragraphs[paragraphs.length - 1] += ` ${c.text}`;
  }
  return [
    `# Written by scripts/make-media-sample.ts: edit the narration there and run it again.`,
    `kind: video`,
    `label: illustration`,
    `title: ${q('Creating a project in four steps: an animation')}`,
    `summary: ${q(`A ${Math.round(duration)}-second drawn animation with a synthetic voice: the four steps of creating a project, then approval and the TwinSpace.`)}`,
    `src: /media/${ID}.webm`,
    `type: video/webm`,
    `poster: /media/${ID}.poster.png`,
    `captions: /media/${ID}.en.vtt`,
    `chaptersTrack: /media/${ID}.chapters.vtt`,
    `lang: en`,
    `duration: ${duration}`,
    `chapters:`,
    ...chapters.map((c) => `  - { start: ${c.start}, title: ${q(c.title)} }`),
    `transcript:`,
    ...paragraphs.map((p) => `  - text: ${q(p)}`),
    `credit: ${q('Drawn and recorded by scripts/make-media-sample.ts in this repository; voice by eSpeak NG. No real person appears.')}`,
    `made: ${new Date().toISOString().slice(0, 10)}`,
    '',
  ].join('\n');
}

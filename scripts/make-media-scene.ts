/**
 * One frame of the sample animation (see make-media-sample.ts): the six stages of
 * creating a project on a line, the current one drawn large. The function is sent
 * to the browser as source text, so it uses nothing from outside its own body.
 * Colours are the book's light theme (a video cannot follow the reader's theme).
 */
export interface SceneCue {
  start: number;
  end: number;
  /** The stage drawn as current, 0–5; -1 before the first. */
  node: number;
}

export function drawScene(g: CanvasRenderingContext2D, cues: SceneCue[], t: number): void {
  const W = 640;
  const BG = '#fdfcf8';
  const FG = '#1c222d';
  const MUTED = '#4b5566';
  const COLOURS = ['#0a57a4', '#0a57a4', '#0a57a4', '#0a57a4', '#a34400', '#1d6b35'];
  const LABELS = [['School'], ['Co-founder'], ['Describe'], ['Review'], ['Approval'], ['TwinSpace']];
  const SIGNS = ['1', '2', '3', '4', '✓', '★'];
  const current = cues.filter((c) => c.start <= t).at(-1)?.node ?? -1;
  const since = t - (cues.find((c) => c.node === current && c.start <= t)?.start ?? 0);
  const grow = Math.min(1, since / 0.5);
  const ease = 1 - (1 - grow) ** 3;
  g.fillStyle = BG;
  g.fillRect(0, 0, W, 360);
  g.fillStyle = FG;
  g.font = 'bold 28px sans-serif';
  g.textBaseline = 'alphabetic';
  g.fillText('Creating an eTwinning project', 32, 56);
  g.fillStyle = MUTED;
  g.font = '16px sans-serif';
  g.fillText('Illustration · synthetic voice', 32, 84);
  const xs = [70, 170, 270, 370, 470, 570];
  const y = 150;
  g.lineWidth = 6;
  g.strokeStyle = '#c9c4b3';
  g.beginPath();
  g.moveTo(xs[0]!, y);
  g.lineTo(xs[5]!, y);
  g.stroke();
  if (current > 0) {
    g.strokeStyle = COLOURS[current]!;
    g.beginPath();
    g.moveTo(xs[0]!, y);
    g.lineTo(xs[current - 1]! + (xs[current]! - xs[current - 1]!) * ease, y);
    g.stroke();
  }
  xs.forEach((x, i) => {
    const done = i < current;
    const now = i === current;
    const r = now ? 26 + 8 * ease : 26;
    g.beginPath();
    g.arc(x, y, r, 0, Math.PI * 2);
    g.fillStyle = done || now ? COLOURS[i]! : BG;
    g.fill();
    g.lineWidth = 4;
    g.strokeStyle = COLOURS[i]!;
    g.stroke();
    g.fillStyle = done || now ? '#ffffff' : COLOURS[i]!;
    g.font = `bold ${now ? 26 : 22}px sans-serif`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(SIGNS[i]!, x, y + 1);
    g.fillStyle = now ? FG : MUTED;
    g.font = `${now ? 'bold ' : ''}17px sans-serif`;
    g.textBaseline = 'alphabetic';
    LABELS[i]!.forEach((line, li) => g.fillText(line, x, y + 58 + li * 20));
    g.textAlign = 'start';
  });
  // A bracket under the four steps that are yours, so "four steps" can be seen. The bottom
  // third stays empty: the player draws the captions there.
  g.strokeStyle = MUTED;
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(46, 226);
  g.lineTo(46, 234);
  g.lineTo(394, 234);
  g.lineTo(394, 226);
  g.stroke();
  g.fillStyle = MUTED;
  g.font = '15px sans-serif';
  g.textAlign = 'center';
  g.fillText('You do these four', 220, 256);
  g.fillText('Others, then the result', 520, 256);
  g.textAlign = 'start';
}

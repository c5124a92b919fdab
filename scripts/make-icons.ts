/**
 * Renders the PNG icons and the Open Graph image from SVG with sharp (an Astro
 * dependency). Run once after changing the artwork: node scripts/make-icons.ts
 */
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pub = resolve(import.meta.dirname, '../public');
const icon = readFileSync(resolve(pub, 'favicon.svg'));
for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
  ['favicon-32.png', 32],
] as const) {
  await sharp(icon, { density: 600 }).resize(size, size).png().toFile(resolve(pub, name));
}
const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fdfcf8"/><rect y="560" width="1200" height="70" fill="#0a57a4"/>
<circle cx="170" cy="250" r="90" fill="none" stroke="#0a57a4" stroke-width="22"/><circle cx="270" cy="250" r="90" fill="none" stroke="#c25100" stroke-width="22"/>
<text x="420" y="230" font-family="Georgia, serif" font-size="64" font-weight="700" fill="#1c222d">eTwinning Ambassadors</text>
<text x="420" y="310" font-family="Georgia, serif" font-size="52" fill="#1c222d">the open handbook</text>
<text x="420" y="390" font-family="Arial, sans-serif" font-size="30" fill="#4b5566">Guidance · Map · Toolkit · Quizzes</text></svg>`;
await sharp(Buffer.from(og)).png().toFile(resolve(pub, 'og-image.png'));
console.log('icons written to public/');

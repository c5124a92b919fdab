import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATION_VIEWBOX } from '../../src/islands/quiz/self-assessment/ProfileIllustration.tsx';
import { selfAssessment } from './quiz-load.ts';

/** The self-assessment's profile drawings (src/assets/illustrations/profiles/), inlined as a sprite on the quiz page. */
const dir = new URL('../../src/assets/illustrations/profiles/', import.meta.url);
const drawing = (id: string) => readFileSync(new URL(`${id}.svg`, dir), 'utf8');

describe('profile illustrations', () => {
  const profiles = selfAssessment().profiles;

  it('exist for every profile, and only for profiles', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.replace(/\.svg$/, ''))
      .sort();
    expect(files).toEqual(profiles.map((p) => p.id).sort());
  });

  it.each(profiles.map((p) => [p.id, p] as const))('%s: one drawing in the shared frame, coloured only by theme tokens', (id, p) => {
    const svg = drawing(id);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg).toContain(`viewBox="${ILLUSTRATION_VIEWBOX}"`);
    // Light and dark come from the --ill-* custom properties: a fixed colour would not follow the theme.
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i);
    for (const [, value] of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)) expect(value, id).toMatch(/^(none|var\(--ill-[a-z]+\))$/);
    // Nothing that could run or fetch: the markup is inlined into the page.
    expect(svg).not.toMatch(/<script|<image|<foreignObject|\bon[a-z]+=|href=/i);
    expect(p.illustration.length, `${id}: text alternative`).toBeGreaterThan(20);
  });
});

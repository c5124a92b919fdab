import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../src/lib/print-ids.ts';

describe('prefixIds (one id space per chapter on /print/)', () => {
  const chapter = `<h3 id="training">Training</h3><a href="#training">up</a><a href="/book/x/#training">other page</a>
<figure aria-labelledby="cap note"><figcaption id="cap">Cap</figcaption></figure>
<svg><linearGradient id="g"></linearGradient><rect fill="url(#g)"></rect><use href="#g"></use></svg>
<label for="q">Q</label><input id="q"><p aria-describedby="elsewhere">x</p>`;
  const out = prefixIds(chapter, 'welcome--');

  it('prefixes every id and every reference to it inside the chapter', () => {
    expect(out).toContain('id="welcome--training"');
    expect(out).toContain('href="#welcome--training"');
    expect(out).toContain('aria-labelledby="welcome--cap note"');
    expect(out).toContain('fill="url(#welcome--g)"');
    expect(out).toContain('<use href="#welcome--g">');
    expect(out).toContain('for="welcome--q"');
  });

  it('leaves links to other pages and references to ids it does not hold alone', () => {
    expect(out).toContain('href="/book/x/#training"');
    expect(out).toContain('aria-describedby="elsewhere"');
  });

  it('makes two chapters with the same heading unique', () => {
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const both = [...ids(prefixIds('<h3 id="training">T</h3>', 'a--')), ...ids(prefixIds('<h3 id="training">T</h3>', 'b--'))];
    expect(new Set(both).size).toBe(2);
  });
});

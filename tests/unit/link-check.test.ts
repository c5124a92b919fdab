import { describe, expect, it } from 'vitest';
import { candidateFiles, extractIds, extractLinks, resolveLink } from '../../src/lib/link-check.ts';

const SITE = 'https://book.example.org';

describe('extracting links and ids from built HTML', () => {
  const html = `<link rel="canonical" href="https://book.example.org/faq/">
    <a href="/book/recognition/#the-european-quality-label">EQL</a> <img src='../img/a.png' alt="">
    <svg><use xlink:href="#icon"></use></svg><a href="/faq/?q=1&amp;x=2#who">who</a>
    <script type="application/ld+json">{"href":"/not/a/link/"}</script>
    <h2 id="who">Who</h2><a data-src="/ignored/" name="legacy">x</a>`;

  it('finds href, src and xlink:href in tags, decoding entities, and not inside scripts', () => {
    expect(extractLinks(html).map((l) => l.value)).toEqual([
      'https://book.example.org/faq/',
      '/book/recognition/#the-european-quality-label',
      '../img/a.png',
      '#icon',
      '/faq/?q=1&x=2#who',
    ]);
  });

  it('collects ids and name anchors', () => {
    expect([...extractIds(html)].sort()).toEqual(['legacy', 'who']);
  });
});

describe('resolving a link to a page and fragment', () => {
  it('resolves absolute paths, relative paths and bare fragments', () => {
    expect(resolveLink('/book/welcome/', '/glossary/#css', SITE)).toEqual({ path: '/glossary/', fragment: 'css' });
    expect(resolveLink('/book/welcome/', '../recognition/', SITE)).toEqual({ path: '/book/recognition/', fragment: '' });
    expect(resolveLink('/faq/', '#who', SITE)).toEqual({ path: '/faq/', fragment: 'who' });
  });

  it('treats the site host as internal and everything else as leaving the site', () => {
    expect(resolveLink('/', 'https://book.example.org/map/', SITE)).toEqual({ path: '/map/', fragment: '' });
    expect(resolveLink('/', 'https://www.etwinning.net/', SITE)).toBeNull();
    expect(resolveLink('/', '//cdn.example.com/x.js', SITE)).toBeNull();
    expect(resolveLink('/', 'mailto:someone@example.org', SITE)).toBeNull();
  });

  it('maps site paths to the files that serve them', () => {
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/book/welcome/')).toEqual(['book/welcome/index.html']);
    expect(candidateFiles('/favicon.svg')).toEqual(['favicon.svg', 'favicon.svg/index.html', 'favicon.svg.html']);
  });
});

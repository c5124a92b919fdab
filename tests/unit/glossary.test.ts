import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brokenSeeAlso, groupByLetter, letterOf } from '../../src/lib/glossary.ts';

const entry = (id: string, term: string, seeAlso: string[] = []) => ({ id, term, seeAlso });

describe('glossary ordering', () => {
  it('files "eTwinning …" terms under the word that distinguishes them', () => {
    expect(letterOf('eTwinning Live')).toBe('L');
    expect(letterOf('eTwinning')).toBe('E');
    expect(letterOf('Erasmus+')).toBe('E');
  });

  it('sorts alphabetically inside letters and letters in order', () => {
    const groups = groupByLetter([entry('b', 'TwinSpace'), entry('c', 'eTwinning Live'), entry('a', 'Learning event'), entry('d', 'CSS')]);
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.term)])).toEqual([
      ['C', ['CSS']],
      ['L', ['Learning event', 'eTwinning Live']],
      ['T', ['TwinSpace']],
    ]);
  });

  it('reports see-also references to missing terms and to the term itself', () => {
    expect(brokenSeeAlso([entry('nss', 'NSS', ['nso', 'nss']), entry('css', 'CSS')])).toEqual([
      '"nss" lists unknown term "nso" in seeAlso',
      '"nss" lists itself in seeAlso',
    ]);
  });
});

describe('the glossary file', () => {
  const terms = parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as { id: string; term: string; seeAlso?: string[] }[];
  const entries = terms.map((t) => ({ ...t, seeAlso: t.seeAlso ?? [] }));

  it('defines every term the chapters link with <Term id="…">', () => {
    const linked = new Set(
      globSync('content/chapters/*.mdx').flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!),
      ),
    );
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].filter((id) => !entries.some((e) => e.id === id))).toEqual([]);
  });

  it('has no broken see-also reference', () => {
    expect(brokenSeeAlso(entries)).toEqual([]);
  });
});

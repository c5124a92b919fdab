import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_EDITION_FILE, getEdition, parseEdition } from '../../src/collections/edition.ts';
import { contrastRatio, relativeLuminance, validateEdition } from '../../src/lib/edition.ts';
import { readFileSync } from 'node:fs';

const committed = readFileSync(DEFAULT_EDITION_FILE, 'utf8');
const base = parse(committed) as Record<string, unknown>;
const withAccent = (light: string, dark = '#8cc4ff') => ({ ...base, accent: { light, dark } });

describe('contrast maths (WCAG 2.x)', () => {
  it('gives the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #777777 on white is the classic "just fails" grey: 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
});

describe('the edition config', () => {
  it('accepts the committed defaults', () => {
    const edition = getEdition();
    expect(edition.name).toBe('eTwinning Ambassadors: the open handbook');
    expect(edition.language).toBe('en');
    expect(edition.map.countries).toEqual([]);
  });

  it('stops on an accent that fails AA, giving the ratio', () => {
    const result = validateEdition(withAccent('#7fb2e5'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(
      /^accent\.light #7fb2e5 against the page background #fdfcf8: 2\.\d\d:1, WCAG AA needs 4\.5:1$/,
    );
    const dark = validateEdition(withAccent('#0a57a4', '#1d3049'));
    expect(!dark.ok && dark.problems[0]).toMatch(/^accent\.dark #1d3049 against the page background #11151c: 1\.\d\d:1/);
  });

  it('names every invalid field', () => {
    const result = validateEdition({
      ...base,
      language: 'English',
      organisation: { name: 'X org', country: 'US', url: 'http://x.example' },
    });
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^organisation\.country: is not an eTwinning/),
      expect.stringMatching(/^organisation\.url: must be an https/),
      expect.stringMatching(/^language: must be a language code/),
    ]);
  });

  it('gives the organisation’s own contact for its country, and a listed contact for others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-'));
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const text = committed
      .replace('country: null', 'country: es')
      .replace('src: /favicon.svg', 'src: /logo.svg')
      .replace('countries: {}', 'countries:\n    PT: https://pt.example.org/help');
    const edition = parseEdition(text, join(dir, 'edition.yaml'), dir);
    expect(edition.organisation.country).toBe('ES');
    expect(edition.contactFor('es')).toMatchObject({ own: true, url: 'https://school-education.ec.europa.eu/en/etwinning' });
    expect(edition.contactFor('PT')).toMatchObject({
      own: false,
      url: 'https://pt.example.org/help',
      label: expect.stringContaining('Portugal') as unknown,
    });
    expect(edition.contactFor('FR').own).toBe(false);
  });

  it('stops on a YAML error with its line, and on a logo missing from public/', () => {
    expect(() => parseEdition('name: [unclosed\n', '/x/edition.yaml')).toThrow(/edition\.yaml:\d+:\d+: invalid YAML/);
    expect(() => parseEdition(committed.replace('/favicon.svg', '/no-such-logo.svg'), '/x/edition.yaml')).toThrow(
      /logo\.src \/no-such-logo\.svg is not a file in public\//,
    );
  });
});

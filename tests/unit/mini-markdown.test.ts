import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from '../../src/lib/mini-markdown.ts';

describe('mini-markdown', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseMarkdown('One line\nwraps here.\n\nSecond.')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'One line wraps here.' }] },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'Second.' }] },
    ]);
  });

  it('turns a block of "- " lines into a list', () => {
    const [list] = parseMarkdown('- first\n- **second**');
    expect(list).toEqual({
      kind: 'list',
      items: [[{ kind: 'text', text: 'first' }], [{ kind: 'strong', children: [{ kind: 'text', text: 'second' }] }]],
    });
  });

  it('parses links, bold and emphasis in order', () => {
    expect(parseInline('See [the *Recognition* chapter](/book/recognition/) **now**.')).toEqual([
      { kind: 'text', text: 'See ' },
      {
        kind: 'link',
        href: '/book/recognition/',
        children: [
          { kind: 'text', text: 'the ' },
          { kind: 'em', children: [{ kind: 'text', text: 'Recognition' }] },
          { kind: 'text', text: ' chapter' },
        ],
      },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'now' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps HTML in data as plain text, never as markup', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  it('refuses javascript: and protocol-relative links', () => {
    expect(() => parseInline('[x](javascript:alert(1))')).toThrow(/not allowed/);
    expect(() => parseInline('[x](//evil.example/)')).toThrow(/not allowed/);
    expect(() => parseInline('[x](http://insecure.example/)')).toThrow(/not allowed/);
  });

  it('gives plain text for structured data', () => {
    expect(plainText('Read [this](/faq/).\n\n- a\n- b')).toBe('Read this.\n\n• a\n• b');
  });
});

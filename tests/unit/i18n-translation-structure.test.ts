import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareData, compareMdx } from '../../src/lib/i18n/translation-structure.ts';

const chapter = `---
title: Getting help
part: discover
order: 3
---
import Fact from '~/components/Fact.astro';

## Support at two levels

Around 2016 there were <Fact id="nss-overview" /> services. See [validation](/book/registering-and-validation/#validation-by-your-nso).

### The Central Support Service

Text.
`;

const translated = chapter
  .replace('Getting help', 'Obtener ayuda')
  .replace('## Support at two levels', '## Apoyo en dos niveles')
  .replace('See [validation]', 'Consulta [la validación]')
  .replace('### The Central Support Service', '### El Servicio Central de Apoyo');

describe('compareMdx', () => {
  const check = (tr: string) => compareMdx(chapter, tr, (t) => parse(t) as unknown);

  it('accepts a translation that changes only words', () => {
    expect(check(translated)).toEqual([]);
  });

  it('names a dropped heading with its line', () => {
    const problems = check(translated.replace('### El Servicio Central de Apoyo\n', ''));
    expect(problems.map((p) => p.message).join()).toMatch(/English has 2, translation 1/);
  });

  it('names a changed link target and a changed part', () => {
    const problems = check(translated.replace('#validation-by-your-nso', '#validacion').replace('part: discover', 'part: descubrir'));
    expect(problems.map((p) => p.where)).toEqual(['frontmatter part', 'links']);
    expect(problems[1]?.message).toContain('missing /book/registering-and-validation/#validation-by-your-nso');
  });

  it('names a lost figure', () => {
    const problems = check(translated.replace('<Fact id="nss-overview" />', '40'));
    expect(problems.map((p) => p.where)).toContain('figures (<Fact>)');
  });
});

describe('compareData', () => {
  const question = {
    id: 'q1',
    question: 'Who?',
    options: [
      { id: 'a', text: 'Teachers', correct: true },
      { id: 'b', text: 'Firms' },
    ],
  };

  it('accepts translated words', () => {
    const tr = {
      id: 'q1',
      question: '¿Quién?',
      options: [
        { id: 'a', text: 'Docentes', correct: true },
        { id: 'b', text: 'Empresas' },
      ],
    };
    expect(compareData(question, tr)).toEqual([]);
  });

  it('catches a moved correct answer, a translated id and a lost option', () => {
    const moved = {
      ...question,
      options: [
        { id: 'a', text: 'Docentes' },
        { id: 'b', text: 'Empresas', correct: true },
      ],
    };
    expect(compareData(question, moved).map((p) => p.where)).toEqual(['options[0].correct', 'options[1].correct']);
    const renamed = { ...question, id: 'p1' };
    expect(compareData(question, renamed)[0]).toMatchObject({ where: 'id', message: 'must stay "q1" (found "p1")' });
    const short = { ...question, options: question.options.slice(0, 1) };
    expect(compareData(question, short)[0]?.message).toBe('has 1 items in the translation, 2 in English');
  });

  it('catches a lost figure placeholder', () => {
    const problems = compareData({ answer: 'About {fact:countries} countries' }, { answer: 'Unos 40 países' });
    expect(problems[0]?.message).toMatch(/figures/);
  });
});

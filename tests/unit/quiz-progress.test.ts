import { describe, expect, it } from 'vitest';
import {
  KNOWLEDGE_KEY,
  NAME_MAX_LENGTH,
  SELF_KEY,
  loadKnowledgeProgress,
  loadSelfProgress,
  saveKnowledgeProgress,
  saveSelfProgress,
  withStaticAnswers,
  type KnowledgeProgress,
} from '../../src/lib/quiz/progress.ts';
import { decodeSelfAnswers, encodeSelfAnswers, shareUrl, SHARE_PARAM } from '../../src/lib/quiz/share.ts';
import type { StorageLike } from '../../src/lib/stored-state.ts';
import { memoryStorage } from './memory-storage.ts';

const questions = [
  { id: 'q1', options: [{ id: 'a' }, { id: 'b' }] },
  { id: 'q2', options: [{ id: 'true' }, { id: 'false' }] },
];
const progress: KnowledgeProgress = {
  mode: 'one',
  feedback: 'each',
  answers: { q1: ['b'] },
  checked: ['q1'],
  optionOrder: { q1: ['b', 'a'], q2: ['true', 'false'] },
  current: 1,
  finished: false,
  best: 17,
  name: 'Alex',
};

describe('knowledge quiz progress', () => {
  it('comes back as it was saved', () => {
    const storage = memoryStorage();
    expect(saveKnowledgeProgress(progress, storage)).toBe(true);
    expect(loadKnowledgeProgress(questions, storage)).toEqual({ ...progress, best: 2 }); // best capped at the number of questions
  });

  it('ignores corrupt, foreign or old saved state instead of crashing', () => {
    for (const raw of [
      '{not json',
      'null',
      '"text"',
      '{"v":1,"data":{"mode":"sideways"}}',
      '{"v":0,"data":{}}',
      JSON.stringify({ v: 1, data: { ...progress, answers: { q1: 'b' } } }),
    ]) {
      expect(loadKnowledgeProgress(questions, memoryStorage({ [KNOWLEDGE_KEY]: raw })), raw).toBeUndefined();
    }
  });

  it('drops answers to questions or options that no longer exist', () => {
    const storage = memoryStorage();
    saveKnowledgeProgress(
      { ...progress, answers: { q1: ['z'], gone: ['a'] }, optionOrder: { q1: ['a', 'z'] }, checked: ['gone'], current: 9 },
      storage,
    );
    const loaded = loadKnowledgeProgress(questions, storage)!;
    expect(loaded.answers).toEqual({});
    expect(loaded.optionOrder).toEqual({ q1: ['a', 'b'], q2: ['true', 'false'] });
    expect(loaded.checked).toEqual([]);
    expect(loaded.current).toBe(1);
  });

  it('works, without saving, when storage is unavailable', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {},
    };
    expect(loadKnowledgeProgress(questions, broken)).toBeUndefined();
    expect(saveKnowledgeProgress(progress, broken)).toBe(false);
  });
});

describe('knowledge quiz progress: small state faults', () => {
  const stored = (data: Partial<KnowledgeProgress>) =>
    memoryStorage({ [KNOWLEDGE_KEY]: JSON.stringify({ v: 1, data: { ...progress, ...data } }) });

  it('a question marked as checked but never answered stays open to answer', () => {
    const loaded = loadKnowledgeProgress(questions, stored({ answers: { q1: ['a'] }, checked: ['q1', 'q2'] }))!;
    expect(loaded.checked).toEqual(['q1']);
  });

  it(`a stored certificate name is cut to the field's ${NAME_MAX_LENGTH} characters`, () => {
    const loaded = loadKnowledgeProgress(questions, stored({ name: 'A'.repeat(500) }))!;
    expect(loaded.name).toHaveLength(NAME_MAX_LENGTH);
  });

  it('a finished quiz without a single answer opens at the questions, not at a result of 0', () => {
    expect(loadKnowledgeProgress(questions, stored({ answers: {}, checked: [], finished: true }))!.finished).toBe(false);
    expect(loadKnowledgeProgress(questions, stored({ answers: { q2: ['true'] }, finished: true }))!.finished).toBe(true);
  });

  it('saving reports a full storage, so the quiz can say its progress is not kept', () => {
    const full: StorageLike = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveKnowledgeProgress(progress, full)).toBe(false);
    expect(saveSelfProgress({ answers: {}, current: 0, finished: false }, full)).toBe(false);
  });
});

describe('answers ticked in the server form before the island started', () => {
  it('are kept over the saved ones, and free a question that was checked with another answer', () => {
    const merged = withStaticAnswers({ ...progress, answers: { q1: ['b'] }, checked: ['q1'] }, { q1: ['a'], q2: ['true'] }, questions);
    expect(merged.answers).toEqual({ q1: ['a'], q2: ['true'] });
    expect(merged.checked).toEqual([]);
  });

  it('start a new attempt over a finished result, and ignore ids the quiz does not have', () => {
    const merged = withStaticAnswers({ ...progress, finished: true }, { q2: ['false', 'maybe'], gone: ['a'] }, questions);
    expect(merged).toMatchObject({ finished: false, answers: { q2: ['false'] }, checked: [], best: 17 });
    expect(withStaticAnswers(progress, {}, questions)).toBe(progress);
  });
});

describe('self-assessment progress', () => {
  it('round-trips and ignores corrupt state', () => {
    const storage = memoryStorage();
    saveSelfProgress({ answers: { s1: 2, s2: 0 }, current: 1, finished: true }, storage);
    expect(loadSelfProgress(['s1', 's2'], 3, storage)).toEqual({ answers: { s1: 2, s2: 0 }, current: 1, finished: true });
    // A finished result whose statements changed is no longer finished.
    expect(loadSelfProgress(['s1', 's3'], 3, storage)).toEqual({ answers: { s1: 2 }, current: 1, finished: false });
    expect(
      loadSelfProgress(['s1'], 3, memoryStorage({ [SELF_KEY]: '{"v":1,"data":{"answers":{"s1":-1},"current":0,"finished":true}}' })),
    ).toBeUndefined();
  });
});

describe('share URL', () => {
  const ids = ['s1', 's2', 's3', 's4'];

  it('round-trips the answers through a link', () => {
    const answers = { s1: 0, s2: 4, s3: 2, s4: 1 };
    const encoded = encodeSelfAnswers(ids, answers);
    expect(encoded).toBe('1.0421');
    const url = shareUrl('https://example.org/book/self-assessment-quiz/?x=1#top', encoded);
    expect(url).toBe('https://example.org/book/self-assessment-quiz/?x=1&answers=1.0421#quiz-result');
    expect(decodeSelfAnswers(new URL(url).searchParams.get(SHARE_PARAM), ids, 5)).toEqual(answers);
  });

  it('rejects links that do not fit the current statements', () => {
    for (const bad of [null, '', '1.042', '1.04211', '2.0421', '1.04a1', '1.0451', '1.04-1', '10421']) {
      expect(decodeSelfAnswers(bad, ids, 5), String(bad)).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { clearState, readState, writeState, type StorageLike } from '../../src/lib/stored-state.ts';
import { isReadingPosition, READING_KEY, READING_VERSION } from '../../src/lib/reading-position.ts';
import { memoryStorage } from './memory-storage.ts';

const throwing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};
const isNumberList = (d: unknown): d is number[] => Array.isArray(d) && d.every((n) => typeof n === 'number');

describe('stored state', () => {
  it('round-trips a value with its version', () => {
    const s = memoryStorage();
    expect(writeState('k', 2, [1, 2, 3], s)).toBe(true);
    expect(JSON.parse(s.data['k']!)).toEqual({ v: 2, data: [1, 2, 3] });
    expect(readState('k', 2, isNumberList, s)).toEqual([1, 2, 3]);
  });

  it('ignores corrupt JSON, another version, and data the validator rejects', () => {
    expect(readState('k', 1, isNumberList, memoryStorage({ k: '{"v":1,"data":[1,' }))).toBeUndefined();
    expect(readState('k', 1, isNumberList, memoryStorage({ k: '{"v":0,"data":[1]}' }))).toBeUndefined();
    expect(readState('k', 1, isNumberList, memoryStorage({ k: '{"v":1,"data":["x"]}' }))).toBeUndefined();
    expect(readState('k', 1, isNumberList, memoryStorage({ k: 'null' }))).toBeUndefined();
    expect(readState('k', 1, isNumberList, memoryStorage())).toBeUndefined();
  });

  it('never throws when storage is disabled or full', () => {
    expect(readState('k', 1, isNumberList, throwing)).toBeUndefined();
    expect(writeState('k', 1, [1], throwing)).toBe(false);
    expect(() => clearState('k', throwing)).not.toThrow();
    expect(writeState('k', 1, [1], undefined)).toBe(false);
  });
});

describe('reading position', () => {
  const valid = { slug: 'getting-help', title: 'Getting help', heading: 'the-forum', headingText: 'The forum', at: 1 };
  it('accepts a well-formed position', () => {
    const s = memoryStorage();
    writeState(READING_KEY, READING_VERSION, valid, s);
    expect(readState(READING_KEY, READING_VERSION, isReadingPosition, s)).toEqual(valid);
  });
  it('rejects positions that could point a link elsewhere or lack a title', () => {
    expect(isReadingPosition({ ...valid, slug: '../../evil' })).toBe(false);
    expect(isReadingPosition({ ...valid, slug: 'javascript:alert(1)' })).toBe(false);
    expect(isReadingPosition({ ...valid, heading: 'x" onmouseover="' })).toBe(false);
    expect(isReadingPosition({ ...valid, title: '' })).toBe(false);
    expect(isReadingPosition('getting-help')).toBe(false);
  });
});

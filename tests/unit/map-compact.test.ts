import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeAmbassadors, encodeAmbassadors } from '../../src/lib/map/compact.ts';
import { loadAmbassadors } from '../../src/collections/ambassadors.ts';
import { LEVEL_IDS, SUPPORT_IDS } from '../../src/lib/map/vocab.ts';

describe('compact JSON for the map island', () => {
  const { ambassadors } = loadAmbassadors();

  it('decodes to exactly the records it encoded', () => {
    const { rows, languageNames } = decodeAmbassadors(JSON.parse(JSON.stringify(encodeAmbassadors(ambassadors))));
    expect(rows).toHaveLength(ambassadors.length);
    for (const [i, a] of ambassadors.entries()) {
      const { note, ...rest } = a;
      // Sets of options come back in the vocabulary's order.
      const inOrder = (list: string[], order: readonly string[]) => [...list].sort((x, y) => order.indexOf(x) - order.indexOf(y));
      expect(rows[i]).toEqual({
        ...rest,
        levels: inOrder(a.levels ?? [], LEVEL_IDS),
        support: inOrder(a.support, SUPPORT_IDS),
        lat: expect.closeTo(a.lat, 3) as unknown,
        lon: expect.closeTo(a.lon, 3) as unknown,
        ...(note ? { note } : {}),
      });
    }
    expect(languageNames.get('es')).toBe('Spanish');
  });

  it('refuses data it does not understand with a plain message', () => {
    expect(() => decodeAmbassadors({ v: 99 })).toThrow(/compact format/);
    const broken = encodeAmbassadors(ambassadors.slice(0, 3));
    broken.col.name.pop();
    expect(() => decodeAmbassadors(broken)).toThrow(/column "name"/);
  });

  // The budget is 400 KB gzip for 10,000 people: scripts/map-bench.ts measures that with 10,000 generated ones.
  it('costs less per person than the 10,000-ambassador budget allows', () => {
    const perPerson = gzipSync(JSON.stringify(encodeAmbassadors(ambassadors))).length / ambassadors.length;
    expect(perPerson).toBeLessThan((400 * 1024) / 10_000);
  });
});

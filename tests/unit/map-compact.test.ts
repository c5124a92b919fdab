import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeAmbassadors, encodeAmbassadors } from '../../src/lib/map/compact.ts';
import { loadAmbassadors, parseAmbassadorFile } from '../../src/collections/ambassadors.ts';
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
        levels: inOrder(a.levels, LEVEL_IDS),
        support: inOrder(a.support, SUPPORT_IDS),
        lat: expect.closeTo(a.lat, 3),
        lon: expect.closeTo(a.lon, 3),
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

  it('keeps 10,000 generated ambassadors under the 400 KB gzip budget', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'amb-')), 'ten-thousand.json');
    execFileSync(process.execPath, ['scripts/map-generate.ts', '--count', '10000', '--out', out], { stdio: 'ignore' });
    const big = parseAmbassadorFile(readFileSync(out, 'utf8'), out).ambassadors;
    expect(big).toHaveLength(10000);
    const gz = gzipSync(JSON.stringify(encodeAmbassadors(big))).length;
    console.log(`10,000 ambassadors: ${(gz / 1024).toFixed(0)} KB gzip`);
    expect(gz).toBeLessThan(400 * 1024);
  });
});

/**
 * A small hostile data set for the escaping tests, made here rather than
 * published in the sample: names, towns, regions, subjects and notes that are
 * HTML, and a record with none of the optional fields (kind, region, levels,
 * since, profile), encoded exactly as the build encodes the real file.
 */
import { precomputeClusters } from '../../src/lib/map/cluster-index.ts';
import { decodeAmbassadors, encodeAmbassadors, type EncodableAmbassador } from '../../src/lib/map/compact.ts';

const HTML = '<img src=x onerror=alert(1)>';
const common = { country: 'LU', lat: 49.49583, lon: 5.98056, languages: ['fr', 'en'], support: ['email'], fictional: true } as const;

export const HOSTILE: EncodableAmbassador[] = [
  // Last in the list order below is shown first in the town's popup when picked: the bare record is picked last.
  {
    ...common,
    id: 'hostile-1',
    name: HTML,
    kind: 'teacher',
    region: '<script data-hostile>alert(2)</script>',
    town: `Esch ${HTML}`,
    subjects: [HTML],
    levels: ['primary'],
    since: 2020,
    profile: 'https://example.org/etwinning-sample/profile/hostile-1',
    note: `A note ${HTML}`,
  },
  { ...common, id: 'hostile-2', name: 'Bare <b>record</b>', town: 'Esch-sur-Alzette', subjects: [] },
];

export function hostileData() {
  const data = encodeAmbassadors(HOSTILE);
  data.clusters = precomputeClusters(decodeAmbassadors(data).rows);
  return data;
}

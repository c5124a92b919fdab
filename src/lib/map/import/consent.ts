/**
 * The "listed" (consent) column: only people who said yes are published.
 * A blank cell is not a yes. A word the importer does not know is reported
 * rather than read either way.
 */
import { headerKey } from '../csv-vocab.ts';

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'si', 'oui', 'ja', 'sim', 'tak', 'da', 'listed', 'agreed', 'consent']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'nein', 'nee', 'nie', 'nao', 'ne', 'unlisted', 'hidden', 'private']);

export function readConsent(cell: string): 'yes' | 'no' | 'blank' | 'unknown' {
  const key = headerKey(cell);
  if (!key) return 'blank';
  if (YES.has(key)) return 'yes';
  if (NO.has(key)) return 'no';
  return 'unknown';
}

/**
 * What a re-import changes against the data file in use: who is added, who
 * is removed and whose record changed (and which fields), by id.
 */
import type { Ambassador } from '../schema.ts';

export interface RecordDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
  unchanged: number;
}

export function diffRecords(before: readonly Ambassador[], after: readonly Ambassador[]): RecordDiff {
  const old = new Map(before.map((r) => [r.id, r]));
  const diff: RecordDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const r of after) {
    seen.add(r.id);
    const was = old.get(r.id);
    if (!was) {
      diff.added.push(r.id);
      continue;
    }
    const keys = [...new Set([...Object.keys(was), ...Object.keys(r)])] as (keyof Ambassador)[];
    const fields = keys.filter((k) => JSON.stringify(was[k]) !== JSON.stringify(r[k])).sort();
    if (fields.length) diff.changed.push({ id: r.id, fields });
    else diff.unchanged++;
  }
  for (const r of before) if (!seen.has(r.id)) diff.removed.push(r.id);
  return diff;
}

/** "3 added, 1 removed, 2 changed, 40 unchanged", then the ids (at most `limit` per kind). */
export function describeDiff(diff: RecordDiff, limit = 20): string[] {
  const list = (ids: string[]) => ids.slice(0, limit).join(', ') + (ids.length > limit ? `, … and ${ids.length - limit} more` : '');
  const lines = [`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`];
  if (diff.added.length) lines.push(`  added: ${list(diff.added)}`);
  if (diff.removed.length) lines.push(`  removed: ${list(diff.removed)}`);
  if (diff.changed.length) {
    const shown = diff.changed.slice(0, limit).map((c) => `${c.id} (${c.fields.join(', ')})`);
    lines.push(`  changed: ${shown.join(', ')}${diff.changed.length > limit ? `, … and ${diff.changed.length - limit} more` : ''}`);
  }
  return lines;
}

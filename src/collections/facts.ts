/**
 * Build-time access to content/facts/figures.yaml for the charts: a figure by
 * id, failing the build with the id when it is missing.
 */
import { getEntry, type CollectionEntry } from 'astro:content';

export type FactData = CollectionEntry<'facts'>['data'];

export const SOURCE_LABELS: Record<FactData['source'], string> = {
  ebook: 'Ambassadors eBook',
  'faq-es': 'FAQ of the Spanish national support organisation',
  mentorship: 'Mentorship notes',
  'esep-guide': 'Platform support guide',
  overview: 'Programme overview',
};

/** A figure by id; `usedBy` names the page or chart asking, for the build error when the id is unknown. */
export async function fact(id: string, usedBy = 'A chart'): Promise<FactData> {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`${usedBy} asks for figure "${id}", which is not in content/facts/figures.yaml`);
  return entry.data;
}

/** "c. 2014" from "about 2014"; other years as written. */
export function shortYear(year: FactData['year']): string {
  return String(year).replace(/^about\s+/i, 'c. ');
}

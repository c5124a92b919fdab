/**
 * A marker's popup: one ambassador's card, or everyone in one town with the
 * selected one first. Rendered by Preact into a detached element for
 * Leaflet's bindPopup, so the records' text is escaped.
 */
import { render } from 'preact';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { AmbassadorCard } from './AmbassadorCard.tsx';

export function popupElement(
  rows: readonly AmbassadorRow[],
  indices: readonly number[],
  languageNames: Map<string, string>,
  selectedId: string | undefined,
): HTMLElement {
  const sorted = [...indices].sort((a, b) => Number(rows[b]!.id === selectedId) - Number(rows[a]!.id === selectedId));
  const town = rows[sorted[0]!]!.town;
  const div = document.createElement('div');
  render(
    <div class="amb-popup">
      {sorted.length > 1 && (
        <p class="amb-popup-title">
          {sorted.length} ambassadors {sorted.every((i) => rows[i]!.town === town) ? `in ${town}` : 'here'}
        </p>
      )}
      {sorted.map((i) => (
        <AmbassadorCard key={rows[i]!.id} row={rows[i]!} languageNames={languageNames} />
      ))}
    </div>,
    div,
  );
  return div;
}

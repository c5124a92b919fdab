/**
 * The list beside the map: the matching ambassadors, nearest first when an
 * origin is set, 20 at a time (a few screenfuls: every filter change redraws
 * them all). Each name is a button that shows the person on
 * the map; the selected one (from here or from a marker) is highlighted.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { formatDistance } from '../../lib/map/geo.ts';
import { AmbassadorLinks } from './AmbassadorCard.tsx';
import { countryName, formatCount, kindLabel, supportLabel } from './labels.ts';

export interface ListItem {
  /** Index into rows. */
  i: number;
  km?: number;
}

interface Props {
  items: readonly ListItem[];
  rows: readonly AmbassadorRow[];
  languageNames: Map<string, string>;
  selectedId: string | undefined;
  /** Where the selection came from: only a marker click scrolls the list. */
  selectedFrom: 'list' | 'map' | undefined;
  onSelect: (id: string) => void;
}

export const LIST_PAGE = 20;

export function ResultList({ items, rows, languageNames, selectedId, selectedFrom, onSelect }: Props) {
  // How many are shown, for the result set it was set for: a new result set starts at the top again
  // in the same render (an effect would first render the new set at the old length).
  const [more, setMore] = useState<{ items: readonly ListItem[]; shown: number }>();
  const shown = more?.items === items ? more.shown : LIST_PAGE;
  const listRef = useRef<HTMLOListElement>(null);

  // A marker picked on the map: make sure its card is in the list and visible. Showing more cards
  // later must not scroll back to it, so the count shown is updated, not read.
  useEffect(() => {
    if (!selectedId || selectedFrom !== 'map') return;
    const at = items.findIndex((it) => rows[it.i]!.id === selectedId);
    setMore((current) => {
      const now = current?.items === items ? current.shown : LIST_PAGE;
      return { items, shown: at >= now ? Math.ceil((at + 1) / LIST_PAGE) * LIST_PAGE : now };
    });
    requestAnimationFrame(() => {
      listRef.current?.querySelector(`[data-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
    });
  }, [selectedId, selectedFrom, items, rows]);

  if (!items.length) return <p class="amb-empty">No ambassador matches these filters. Try fewer filters, or another language.</p>;

  return (
    <div class="amb-list-wrap">
      <ol class="amb-list" ref={listRef}>
        {items.slice(0, shown).map(({ i, km }, at) => {
          const row = rows[i]!;
          const selected = row.id === selectedId;
          // Keyed by place in the list, not by person: a new result set rewrites the words of the
          // items already there instead of removing them and making new ones (a third of the
          // style work of a filter's frame, measured). No item holds state or focus across it.
          return (
            <li key={at} data-id={row.id} class={selected ? 'amb-item is-selected' : 'amb-item'}>
              <button type="button" class="amb-item-select" aria-pressed={selected} onClick={() => onSelect(row.id)}>
                <span class="amb-name">{row.name}</span>
                <span class="amb-place">
                  {row.town}, {countryName(row.country)}
                  {km !== undefined ? ` · ${formatDistance(km)}` : ''}
                </span>
                <span class="visually-hidden">: show on the map</span>
              </button>
              {row.fictional && <span class="amb-badge">Fictional sample</span>}
              {/* One line each: the full card opens on the map; a short list keeps filtering fast. */}
              <p class="amb-meta">
                {[row.kind && kindLabel(row.kind), row.languages.map((l) => languageNames.get(l) ?? l).join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p class="amb-meta">Support: {row.support.map(supportLabel).join(', ')}</p>
              <AmbassadorLinks row={row} />
            </li>
          );
        })}
      </ol>
      {shown < items.length && (
        <button type="button" class="button amb-more" onClick={() => setMore({ items, shown: shown + LIST_PAGE })}>
          Show {Math.min(LIST_PAGE, items.length - shown)} more (of {formatCount(items.length - shown)} not shown)
        </button>
      )}
    </div>
  );
}

/**
 * One ambassador's details, used in map popups. Preact escapes every text,
 * so a name like "<img src=x onerror=…>" is shown as text, never as HTML.
 */
import { Fragment } from 'preact';
import type { AmbassadorRow } from '../../lib/map/compact.ts';
import { factsOf, placeLine } from '../../lib/map/display.ts';
import { countryName, countryPageHref } from './labels.ts';

interface Props {
  row: AmbassadorRow;
  languageNames: Map<string, string>;
  distance?: string | undefined;
}

export function AmbassadorDetails({ row, languageNames, distance }: Props) {
  return (
    <>
      <p class="amb-meta">
        {placeLine(row, { withCountry: true })}
        {distance ? ` · ${distance} away` : ''}
      </p>
      <dl class="amb-facts">
        {factsOf(row, languageNames).map(({ term, value }) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {row.note && <p class="amb-note">{row.note}</p>}
    </>
  );
}

export function AmbassadorLinks({ row }: { row: AmbassadorRow }) {
  return (
    <p class="amb-links">
      {row.profile && (
        <a href={row.profile} rel="nofollow noopener">
          Platform profile{row.fictional ? ' (sample link)' : ''}
          <span class="visually-hidden"> of {row.name}</span>
        </a>
      )}
      <a href={countryPageHref(row.country, row.id, row.page)}>
        {countryName(row.country)} page<span class="visually-hidden">, {row.name}</span>
      </a>
    </p>
  );
}

/** The popup card: name, a fictional badge, details and links. */
export function AmbassadorCard({ row, languageNames, distance }: Props) {
  return (
    <div class="amb-card">
      <p class="amb-card-name">
        <strong>{row.name}</strong>
        {row.fictional && <span class="amb-badge">Fictional sample</span>}
      </p>
      <AmbassadorDetails row={row} languageNames={languageNames} distance={distance} />
      <AmbassadorLinks row={row} />
    </div>
  );
}

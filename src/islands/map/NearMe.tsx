/**
 * "Near me": the reader's position (asked with the browser's permission
 * prompt) or a town or country they pick. The island sorts the list by
 * great-circle distance from that origin.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Town } from './useAmbassadorData.ts';

const MAX_SUGGESTIONS = 20;

export interface Origin {
  lat: number;
  lon: number;
  label: string;
}

interface Props {
  origin: Origin | undefined;
  onOrigin: (origin: Origin | undefined) => void;
  /** Every town in the data, made when first asked for. */
  towns: () => Map<string, Town>;
  /** The names of the countries that have ambassadors (the first suggestions). */
  countryNames: readonly string[];
  /** Country name → a central position of its ambassadors, made when first asked for. */
  countryCentres: () => Map<string, Town>;
  /** Before the data are in: drawn, not usable. */
  disabled?: boolean;
}

export function NearMe({ origin, onOrigin, towns, countryNames, countryCentres, disabled = false }: Props) {
  const [message, setMessage] = useState('');
  const [place, setPlace] = useState('');

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setMessage('This browser cannot share your location. Pick a town or a country instead.');
      return;
    }
    setMessage('Asking your browser for your location…');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setMessage('');
        onOrigin({ lat: pos.coords.latitude, lon: pos.coords.longitude, label: 'your location' });
      },
      (error) => {
        const why = error.code === error.PERMISSION_DENIED ? 'permission was not given' : 'your position could not be found';
        setMessage(`No location: ${why}. Pick a town or a country instead.`);
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  };

  // A few suggestions matching what is typed: a datalist of every town (thousands at 10,000 ambassadors) slows the page.
  const suggestions = useMemo(() => {
    const typed = place.trim().toLowerCase();
    const labels = countryNames;
    if (typed.length < 2) return labels;
    const out = labels.filter((l) => l.toLowerCase().startsWith(typed));
    for (const label of towns().keys()) {
      if (out.length >= MAX_SUGGESTIONS) break;
      if (label.toLowerCase().startsWith(typed)) out.push(label);
    }
    return out;
  }, [place, towns, countryNames]);

  const pick = (e: Event) => {
    e.preventDefault();
    const wanted = place.trim().toLowerCase();
    if (!wanted) return;
    const found =
      [...towns().values(), ...countryCentres().values()].find((t) => t.label.toLowerCase() === wanted) ??
      [...countryCentres().values()].find((t) => t.label.toLowerCase().startsWith(wanted)) ??
      [...towns().values()].find((t) => t.label.toLowerCase().startsWith(wanted));
    if (!found) {
      setMessage(`No town or country called "${place.trim()}" in the list. Choose one of the suggestions.`);
      return;
    }
    setMessage('');
    onOrigin({ lat: found.lat, lon: found.lon, label: found.label });
  };

  return (
    <section class="amb-near" aria-labelledby="amb-near-title">
      <h2 id="amb-near-title" class="amb-near-title">
        Near me
      </h2>
      <div class="amb-near-row">
        <button type="button" class="button" disabled={disabled} onClick={locate}>
          Use my location
        </button>
        <form class="amb-near-pick" onSubmit={pick}>
          <label htmlFor="amb-place">or a town or country</label>
          <input
            id="amb-place"
            list="amb-places"
            value={place}
            autocomplete="off"
            disabled={disabled}
            onInput={(e) => setPlace(e.currentTarget.value)}
          />
          <datalist id="amb-places">
            {suggestions.map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
          <button type="submit" class="button" disabled={disabled}>
            Sort by distance
          </button>
        </form>
        {origin && (
          <button type="button" class="button" onClick={() => onOrigin(undefined)}>
            Stop sorting by distance
          </button>
        )}
      </div>
      <p class="amb-near-status" role="status">
        {message || (origin ? `Nearest first, from ${origin.label}.` : '')}
      </p>
    </section>
  );
}

/** Step 2: the event, filled in once; it replaces the placeholders on the title and closing slides and the handout. */
import { useState } from 'preact/hooks';
import { EVENT_FIELDS, FIELD_LIMITS, type EventDetails, type EventField } from '../../../lib/toolkit/builder.ts';
import { saveLogo, type Logo } from '../../../lib/toolkit/builder-store.ts';
import { checkLogo } from '../../../lib/toolkit/logo.ts';

const LABELS: Record<EventField, string> = {
  presenter: 'Your name',
  role: 'Your role (for example eTwinning Ambassador)',
  organisation: 'Your school or organisation',
  eventTitle: 'Event title (shown on the first slide)',
  date: 'Date',
  place: 'Place',
  audience: 'Audience',
  contact: 'Contact line for the closing slide',
};

interface Props {
  event: EventDetails;
  logo: Logo | undefined;
  onEvent: (event: EventDetails) => void;
  onLogo: (logo: Logo | undefined) => void;
}

const toDataUrl = (type: string, bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
};

export function EventForm({ event, logo, onEvent, onLogo }: Props) {
  const [logoMessage, setLogoMessage] = useState('');
  const pickLogo = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogo(file.name, bytes);
    if ('error' in check) {
      setLogoMessage(`Logo refused: ${check.error}`);
      input.value = '';
      return;
    }
    const next = { name: file.name, type: check.type, dataUrl: toDataUrl(check.type, bytes) };
    onLogo(next);
    setLogoMessage(
      saveLogo(next) ? `Logo ${file.name} added.` : `Logo ${file.name} added, but this browser could not keep it for next time.`,
    );
  };
  return (
    <section class="builder-event" aria-labelledby="builder-event">
      <h2 id="builder-event">2. Your event</h2>
      <p class="builder-hint">Filled in once, these go on the first and last slides and on the handout. They stay on this device.</p>
      <div class="builder-grid">
        {EVENT_FIELDS.map((field) => {
          const value = event[field] ?? '';
          const over = value.length > FIELD_LIMITS[field];
          const id = `builder-event-${field}`;
          return (
            <div class="builder-field" key={field}>
              <label htmlFor={id}>{LABELS[field]}</label>
              <input
                id={id}
                type="text"
                value={value}
                aria-invalid={over ? 'true' : undefined}
                aria-describedby={over ? `${id}-long` : undefined}
                onInput={(e) => onEvent({ ...event, [field]: e.currentTarget.value })}
              />
              {over && (
                <p id={`${id}-long`} class="builder-flag">
                  {value.length} characters: at most {FIELD_LIMITS[field]} fit the slide. Nothing is cut; shorten it if you can.
                </p>
              )}
            </div>
          );
        })}
        <div class="builder-field">
          <label htmlFor="builder-logo">Logo (PNG, JPEG or SVG; optional)</label>
          <input
            id="builder-logo"
            type="file"
            accept="image/png,image/jpeg,image/svg+xml"
            onChange={(e) => void pickLogo(e.currentTarget)}
          />
          {logo && (
            <p class="builder-logo">
              <img src={logo.dataUrl} alt={`Your logo (${logo.name})`} height={40} />
              <button
                type="button"
                class="button small"
                onClick={() => {
                  onLogo(undefined);
                  saveLogo(undefined);
                  setLogoMessage('Logo removed.');
                }}
              >
                Remove logo
              </button>
            </p>
          )}
          <p class="builder-hint" role="status">
            {logoMessage}
          </p>
        </div>
      </div>
    </section>
  );
}

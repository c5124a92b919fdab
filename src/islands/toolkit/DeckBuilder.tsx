/**
 * /toolkit/build/: the reader builds the deck they will present from the
 * book's slides. The work lives in lib/toolkit/builder.ts (pure); this island
 * keeps it on the device (lib/toolkit/builder-store.ts), restores a shared
 * link, and hands the finished DeckModel to the download and the handout.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DeckModel } from '../../lib/toolkit/model.ts';
import { builderProblems, emptyBuilder, resolveBuilderDeck, startFromDeck, type BuilderState } from '../../lib/toolkit/builder.ts';
import { decodeShare } from '../../lib/toolkit/builder-state.ts';
import { loadBuilder, loadLogo, saveBuilder, type Logo } from '../../lib/toolkit/builder-store.ts';
import { EventForm } from './builder/EventForm.tsx';
import { SlideList } from './builder/SlideList.tsx';
import { SlideEditor } from './builder/SlideEditor.tsx';
import { SlideLibrary } from './builder/SlideLibrary.tsx';
import { OutputPanel } from './builder/OutputPanel.tsx';
import { BuilderHandout } from './builder/BuilderHandout.tsx';

interface Props {
  decks: DeckModel[];
}

export default function DeckBuilder({ decks }: Props) {
  const byId = useMemo(() => new Map(decks.map((d) => [d.id, d])), [decks]);
  const [state, setState] = useState<BuilderState>(emptyBuilder);
  const [logo, setLogo] = useState<Logo | undefined>();
  const [selected, setSelected] = useState(0);
  const [notes, setNotes] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [ready, setReady] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [start, setStart] = useState(decks[0]?.id ?? '');

  // Restore: a shared link wins over the device's work (which stays saved until the reader changes something).
  useEffect(() => {
    let live = true;
    void (async () => {
      const shared = await decodeShare(location.hash);
      const saved = loadBuilder();
      if (!live) return;
      const found = shared ?? saved.parsed;
      if (found && 'state' in found) {
        // Slides the toolkit no longer has are named and left out, so the list and the deck keep one numbering.
        const { missing } = resolveBuilderDeck(found.state, byId);
        const gone = new Set(missing.map((m) => m.index));
        setState({ ...found.state, slides: found.state.slides.filter((_, i) => !gone.has(i)) });
        setNotes([
          ...(shared ? ['This deck was opened from a shared link.'] : []),
          ...found.notes,
          ...missing.map((m) => `Slide ${m.index + 1} (${m.ref.deck}, slide ${m.ref.slide}) is left out: ${m.reason}.`),
        ]);
      } else if (found && 'error' in found) setNotes([found.error]);
      setLogo(loadLogo());
      setReady(true);
    })();
    return () => {
      live = false;
    };
  }, [byId]);

  // Keep the work on the device once the reader changes it (never on restore: a save that could not be
  // read is kept as it was until then).
  const [changed, setChanged] = useState(false);
  const update = (next: BuilderState | ((s: BuilderState) => BuilderState)) => {
    setChanged(true);
    setState(next);
  };
  useEffect(() => {
    if (changed) setSaveFailed(!saveBuilder(state));
  }, [state, changed]);

  const { deck } = useMemo(() => resolveBuilderDeck(state, byId), [state, byId]);
  const problems = useMemo(() => builderProblems(state, deck), [state, deck]);
  const current = Math.min(selected, Math.max(0, state.slides.length - 1));

  const begin = (from: string) => {
    const chosen = byId.get(from);
    if (state.slides.length > 0 && !confirm('Replace the slides you have with a fresh start? Your event details stay.')) return;
    update((s) => ({ ...(chosen ? startFromDeck(chosen) : emptyBuilder()), event: s.event }));
    setSelected(0);
    setAnnouncement(chosen ? `Started from ${chosen.title}: ${chosen.slides.length} slides.` : 'Started an empty deck.');
  };

  return (
    <div class="deck-builder" data-builder-ready={ready ? 'true' : undefined}>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {notes.length > 0 && (
        <div class="builder-notes" role="status">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {saveFailed && (
        <p class="builder-warning" role="alert">
          This browser did not let the book save your work (storage is full or switched off). Export it as a file before you leave.
        </p>
      )}
      <section class="builder-start" aria-labelledby="builder-start">
        <h2 id="builder-start">1. Start</h2>
        <div class="builder-row">
          <label htmlFor="builder-start-from">Start from</label>
          <select id="builder-start-from" value={start} onChange={(e) => setStart(e.currentTarget.value)}>
            {decks.map((d) => (
              <option value={d.id} key={d.id}>
                {d.title} ({d.slides.length} slides)
              </option>
            ))}
            <option value="">An empty deck</option>
          </select>
          <button type="button" class="button" onClick={() => begin(start)}>
            Start
          </button>
        </div>
        <div class="builder-field">
          <label htmlFor="builder-title">Title of your deck (the file name and the handout)</label>
          <input
            id="builder-title"
            type="text"
            value={state.title}
            onInput={(e) => update((s) => ({ ...s, title: e.currentTarget.value }))}
          />
        </div>
      </section>
      <EventForm event={state.event} logo={logo} onEvent={(event) => update((s) => ({ ...s, event }))} onLogo={setLogo} />
      <section class="builder-slides" aria-labelledby="builder-slides">
        <h2 id="builder-slides">3. Your slides</h2>
        <div class="builder-columns">
          <SlideList state={state} deck={deck} selected={current} onState={update} onSelect={setSelected} announce={setAnnouncement} />
          <SlideEditor state={state} deck={deck} index={current} byId={byId} onState={update} announce={setAnnouncement} />
        </div>
        <SlideLibrary
          decks={decks}
          onAdd={(ref, title) => {
            update((s) => ({ ...s, slides: [...s.slides, ref] }));
            setSelected(state.slides.length);
            setAnnouncement(`Added “${title}” as slide ${state.slides.length + 1}.`);
          }}
        />
      </section>
      <OutputPanel
        state={state}
        deck={deck}
        logo={logo}
        problems={problems}
        onState={(s, n) => {
          update(s);
          setNotes(n);
          setSelected(0);
        }}
      />
      <BuilderHandout deck={deck} event={state.event} logo={logo} />
    </div>
  );
}

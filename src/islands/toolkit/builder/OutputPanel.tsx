/**
 * Step 4: take the deck away. The .pptx is made here in the browser by the
 * same code as the book's own decks (lib/toolkit/pptx.ts, loaded only when
 * the reader asks for it); nothing leaves the device.
 */
import { useState } from 'preact/hooks';
import { slideKey, type BuilderProblem, type BuilderState } from '../../../lib/toolkit/builder.ts';
import { encodeShare, MAX_SHARE_URL, parseBuilderJson, serialiseBuilder } from '../../../lib/toolkit/builder-state.ts';
import type { Logo } from '../../../lib/toolkit/builder-store.ts';
import type { DeckModel } from '../../../lib/toolkit/model.ts';

interface Props {
  state: BuilderState;
  deck: DeckModel;
  logo: Logo | undefined;
  problems: BuilderProblem[];
  onState: (state: BuilderState, notes: string[]) => void;
}

function saveFile(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The picture slides' images, fetched from the site (saved with the book offline) as data: URLs. */
async function picturesOf(deck: DeckModel): Promise<Record<string, string>> {
  const pictures: Record<string, string> = {};
  for (const { picture } of deck.slides) {
    if (!picture || pictures[picture.src]) continue;
    const response = await fetch(picture.src);
    if (!response.ok) throw new Error(`the picture ${picture.src} could not be loaded (${response.status})`);
    const blob = await response.blob();
    pictures[picture.src] = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () =>
        typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error(`the picture ${picture.src} could not be read`));
      reader.onerror = () => reject(new Error(`the picture ${picture.src} could not be read`));
      reader.readAsDataURL(blob);
    });
  }
  return pictures;
}

const fileBase = (title: string) => slideKey(title) || 'my-deck';

export function OutputPanel({ state, deck, logo, problems, onState }: Props) {
  const [status, setStatus] = useState('');
  const [shareLink, setShareLink] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setStatus('Making your PowerPoint file…');
    try {
      const { buildPptx, PPTX_MIME } = await import('../../../lib/toolkit/pptx.ts');
      const bytes = await buildPptx(deck, {
        date: new Date(),
        pictures: await picturesOf(deck),
        ...(logo ? { logo: { dataUrl: logo.dataUrl, alt: `Logo: ${logo.name}` } } : {}),
      });
      saveFile(`${fileBase(state.title)}.pptx`, PPTX_MIME, bytes as BlobPart);
      setStatus(`Your file ${fileBase(state.title)}.pptx is ready (${deck.slides.length} slides).`);
    } catch (e) {
      setStatus(`The file could not be made: ${e instanceof Error ? e.message : String(e)}. Your work is still here.`);
    } finally {
      setBusy(false);
    }
  };

  const share = async () => {
    const link = `${location.origin}${location.pathname}#${await encodeShare(state)}`;
    if (link.length > MAX_SHARE_URL) {
      setShareLink('');
      setStatus(
        `This deck is too long to share as a link (${link.length} characters; links over ${MAX_SHARE_URL} break in many apps). Export it as a file and send that instead.`,
      );
      return;
    }
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus(`Link copied. ${logo ? 'The logo is not in the link: add it again after opening.' : ''}`);
    } catch {
      setStatus('Copy the link below.');
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseBuilderJson(await file.text());
    if ('error' in parsed) {
      setStatus(`${file.name} was not opened: ${parsed.error} Your current work is unchanged.`);
      return;
    }
    onState(parsed.state, [`Opened ${file.name}.`, ...parsed.notes]);
    setStatus(`Opened ${file.name}: ${parsed.state.slides.length} slides.`);
  };

  return (
    <section class="builder-output" aria-labelledby="builder-output">
      <h2 id="builder-output">4. Download and share</h2>
      {problems.length > 0 && (
        <div class="builder-problems">
          <p>Check these before you present (nothing has been cut):</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.where}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="builder-actions">
        <button type="button" class="button primary" disabled={busy || deck.slides.length === 0} onClick={() => void download()}>
          Download PowerPoint (.pptx)
        </button>
        <button type="button" class="button" disabled={deck.slides.length === 0} onClick={() => window.print()}>
          Print the handout
        </button>
        <button
          type="button"
          class="button"
          onClick={() => saveFile(`${fileBase(state.title)}.json`, 'application/json', serialiseBuilder(state))}
        >
          Export your work (.json)
        </button>
        <label class="button" htmlFor="builder-import">
          Open a saved .json
        </label>
        <input
          id="builder-import"
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <button type="button" class="button" onClick={() => void share()}>
          Copy a share link
        </button>
      </div>
      <p role="status" aria-live="polite" class="builder-status">
        {status}
      </p>
      {shareLink && (
        <p class="builder-field">
          <label htmlFor="builder-share-link">Share link</label>
          <input id="builder-share-link" type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </section>
  );
}

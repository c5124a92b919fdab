/**
 * "Save the whole book on this device": asks the service worker
 * (src/client/offline-worker/offline-worker.ts) how much of the book this device holds, and
 * to store the rest, showing its progress. (When the service worker hands this
 * page out in place of a page that was never stored, it shows the page's own
 * "not saved" message itself: that needs no script.)
 */
import { useEffect, useState } from 'preact/hooks';

type Status =
  | { kind: 'waiting' }
  | { kind: 'unsupported' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'known'; saved: number; total: number; bytes: number }
  | { kind: 'saving'; done: number; total: number; bytes: number }
  | { kind: 'saved'; total: number; bytes: number }
  | { kind: 'failed'; message: string };

type WorkerMessage =
  | { type: 'status'; saved: number; total: number; bytes: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; total: number; bytes: number }
  | { type: 'failed'; message: string; done: number; total: number };

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** The service worker, registered here if the site script has not done it yet; rejects if it cannot start. */
async function worker(): Promise<ServiceWorker> {
  if (!(await navigator.serviceWorker.getRegistration())) await navigator.serviceWorker.register('/sw.js');
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('it did not start')), 15_000));
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  if (!registration.active) throw new Error('it did not start');
  return registration.active;
}

export default function OfflineSaver() {
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });

  useEffect(() => {
    setHydrated(true);
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      setStatus({ kind: 'unsupported' });
      return;
    }
    let bytes = 0;
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'status') {
        bytes = m.bytes;
        setStatus(m.saved >= m.total ? { kind: 'saved', total: m.total, bytes } : { kind: 'known', saved: m.saved, total: m.total, bytes });
      } else if (m.type === 'progress') setStatus({ kind: 'saving', done: m.done, total: m.total, bytes });
      else if (m.type === 'saved') setStatus({ kind: 'saved', total: m.total, bytes: m.bytes });
      else if (m.type === 'failed') setStatus({ kind: 'failed', message: m.message });
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    worker().then(
      (w) => w.postMessage({ type: 'status' }),
      (error: Error) => setStatus({ kind: 'unavailable', message: error.message }),
    );
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);

  const save = async () => {
    setStatus((s) => ({ kind: 'saving', done: 0, total: s.kind === 'known' ? s.total : 0, bytes: s.kind === 'known' ? s.bytes : 0 }));
    try {
      (await worker()).postMessage({ type: 'save-book' });
    } catch (error) {
      setStatus({ kind: 'unavailable', message: (error as Error).message });
    }
  };

  /** Frees the storage; pages opened afterwards are kept again as they are read. */
  const remove = async () => {
    try {
      for (const key of await caches.keys()) if (key.startsWith('book-')) await caches.delete(key);
      (await worker()).postMessage({ type: 'status' });
    } catch (error) {
      // Storage can be locked by the browser (private mode, quota tools): say so rather than do nothing.
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };

  if (!hydrated) {
    return (
      <p class="offline-status">
        Saving the whole book needs JavaScript and a connection. Without them, the pages you have opened before can still be read, and the{' '}
        <a href="/print/">whole book on one page</a> can be printed or saved as a PDF.
      </p>
    );
  }
  return (
    <div class="offline-saver">
      <p class="offline-status" aria-live="polite" data-offline-state={status.kind}>
        {describe(status)}
      </p>
      {status.kind === 'saving' && status.total > 0 && (
        <progress max={status.total} value={status.done} aria-label="Saving the book">
          {status.done} of {status.total}
        </progress>
      )}
      {status.kind === 'saved' && (
        <button type="button" class="button" onClick={() => void remove()}>
          Remove the saved copy from this device
        </button>
      )}
      {(status.kind === 'known' || status.kind === 'failed') && (
        <button type="button" class="button" onClick={() => void save()}>
          {status.kind === 'failed' ? 'Try again' : 'Save the whole book on this device'}
        </button>
      )}
    </div>
  );
}

function describe(status: Status): string {
  switch (status.kind) {
    case 'waiting':
      return 'Checking what this device already holds…';
    case 'unsupported':
      return 'This browser cannot keep the book for offline reading. The whole book on one page can be printed or saved as a PDF instead.';
    case 'unavailable':
      return `The book's offline helper is not available in this browser (${status.message}): private browsing or blocked site storage can cause this. The whole book on one page can be printed or saved as a PDF instead.`;
    case 'known':
      return `This device holds ${status.saved} of the book's ${status.total} files. Saving the rest takes about ${megabytes(status.bytes)} of storage.`;
    case 'saving':
      return status.total ? `Saving… ${status.done} of ${status.total} files.` : 'Saving…';
    case 'saved':
      return `Saved: the whole book (${status.total} files, ${megabytes(status.bytes)}) can be read on this device without a connection, search and toolkit downloads included.`;
    case 'failed':
      return `Saving stopped: ${status.message}. Check the connection and try again; what was saved is kept.`;
  }
}

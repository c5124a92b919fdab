/**
 * Enhances each media item on the page. Until then the reader has the browser's
 * own player (controls, captions track, preload="none"), which works without
 * this script. When an item comes near the screen, media-chrome's elements are
 * loaded (a separate chunk, only on pages with media) and take over the controls;
 * the chapter links seek the player instead of opening the file.
 * Nothing here downloads the media itself: that starts when the reader presses play.
 */
const items = [...document.querySelectorAll<HTMLElement>('[data-media]')];

let chrome: Promise<unknown> | undefined;
const loadChrome = () => (chrome ??= import('./media-chrome-elements.ts'));

async function enhance(item: HTMLElement): Promise<void> {
  await loadChrome();
  await customElements.whenDefined('media-controller');
  const media = item.querySelector<HTMLMediaElement>('video, audio');
  // media-chrome's bar replaces the native controls; both at once would be two players.
  media?.removeAttribute('controls');
  // media-chrome 4.19 gives its captions toggle role="button" with aria-checked, which ARIA does not
  // allow (axe: aria-allowed-attr); a switch is the role that has a checked state.
  await customElements.whenDefined('media-captions-button');
  item.querySelectorAll('media-captions-button').forEach((button) => button.setAttribute('role', 'switch'));
  item.dataset.enhanced = '';
  item.querySelector<HTMLElement>('[data-media-keys]')?.removeAttribute('hidden');
}

/**
 * The captions track has no `default`, so not even its small file is fetched before play;
 * they are switched on at the first play instead (a reader can switch them off again).
 */
function captionsOnFirstPlay(item: HTMLElement): void {
  const media = item.querySelector<HTMLMediaElement>('video, audio');
  media?.addEventListener(
    'play',
    () => {
      const track = [...media.textTracks].find((t) => t.kind === 'captions' || t.kind === 'subtitles');
      if (track && track.mode === 'disabled') track.mode = 'showing';
    },
    { once: true },
  );
}

function seekFromChapters(item: HTMLElement): void {
  const media = item.querySelector<HTMLMediaElement>('video, audio');
  item.querySelectorAll<HTMLAnchorElement>('a[data-seek]').forEach((link) => {
    link.addEventListener('click', (event) => {
      if (!media) return;
      event.preventDefault();
      media.currentTime = Number(link.dataset.seek);
      void media.play();
    });
  });
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void enhance(entry.target as HTMLElement);
    }
  },
  { rootMargin: '300px' },
);
for (const item of items) {
  seekFromChapters(item);
  captionsOnFirstPlay(item);
  observer.observe(item);
}

/**
 * Whether the reader has turned to a part of the map's page: a pointer over
 * it, a touch, a wheel, a key or focus inside it, or (with `visible`) the
 * part scrolled into view. The map defers its heaviest work until then: the
 * ambassadors' data until the reader turns to the map's widget or its list,
 * Leaflet and the basemap until they turn to the map itself. Until then the
 * server's HTML is the page: the first view (FirstView.astro) and the count.
 * Lighthouse counted 1.6 s of blocking time on a phone profile when all of it
 * ran as the page loaded.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// pointermove too: a pointer that was already over the element when the island started.
const SIGNS = ['pointerenter', 'pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const;

export function useEngaged(ref: RefObject<HTMLElement>, { visible = false, skip = false } = {}): boolean {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || engaged || skip) return;
    // Focus that arrived before the island started (a reader tabbing through the first view).
    if (el.contains(document.activeElement)) {
      setEngaged(true);
      return;
    }
    const engage = () => setEngaged(true);
    // A pointer resting over it since before the island started sends no event: ask once, when idle
    // (matching :hover needs a style update, which the island's first render should not wait for).
    const idle = requestIdleCallback(() => el.matches(':hover') && engage(), { timeout: 2000 });
    for (const sign of SIGNS) el.addEventListener(sign, engage, { passive: true, once: true });
    const seen =
      visible &&
      new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) engage();
      });
    if (seen) seen.observe(el);
    return () => {
      for (const sign of SIGNS) el.removeEventListener(sign, engage);
      cancelIdleCallback(idle);
      if (seen) seen.disconnect();
    };
  }, [ref, engaged, visible, skip]);
  return engaged;
}

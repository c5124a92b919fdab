/**
 * The map specs' fixture and probes: `openMap(query)` opens /map/ and waits
 * until the markers for the current filters are drawn on the basemap (with
 * no filters, after the reader has turned to the map: `turnToMap`).
 */
import { expect, test as base, type Page } from './fixtures.ts';

export const map = (page: Page) => page.locator('.amb-leaflet');
export const countLine = (page: Page) => page.locator('.amb-count[aria-live="polite"]');

/**
 * The reader turns to the map, as a pointer over it does: the island loads the data and Leaflet only
 * then. It waits for the island to have started (it listens from then on).
 */
export async function turnToMap(page: Page): Promise<void> {
  await expect(page.locator('.amb-app:not([data-map-state="static"])')).toBeAttached({ timeout: 20_000 });
  await page.locator('.amb-stage').hover();
}

/** How many ambassadors the markers in view stand for (a cluster shows its count). */
export async function ambassadorsOnMarkers(page: Page): Promise<number> {
  return page
    .locator('.amb-marker')
    .evaluateAll((els) => els.reduce((sum, el) => sum + (el.classList.contains('amb-marker-point') ? 1 : Number(el.textContent)), 0));
}

/**
 * Every piece of text on the map (markers' counts, the attribution, the zoom buttons, the legend, the
 * places outside the view, the server's SVG) with its contrast against what is behind it: axe skips
 * text over positioned layers such as Leaflet's, so the map measures it here. SVG text is measured
 * against the fill of the disc it sits on.
 */
export async function mapTextContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.locator('.amb-stage').evaluate((stage) => {
    const rgba = (css: string): [number, number, number, number] => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`not an rgb() colour: ${css}`);
      const [r, g, b, a = 1] = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r!, g!, b!, a];
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + under[i]! * (1 - top[3]!));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    /** The colour behind an element: its ancestors' backgrounds, composited from the page up. */
    const behind = (el: Element): number[] => {
      const layers: [number, number, number, number][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = rgba(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight<number[]>((under, top) => over(top, under), [255, 255, 255]);
    };
    const out: { text: string; ratio: number }[] = [];
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!el || !text || !el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      let fg: number[];
      let bg: number[];
      if (el instanceof SVGTextElement) {
        const disc = el.parentElement!.querySelector('.amb-fv-disc')!;
        fg = rgba(style.fill);
        bg = rgba(getComputedStyle(disc).fill);
      } else {
        bg = behind(el);
        fg = over(rgba(style.color), bg);
      }
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      out.push({ text, ratio: Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100 });
    }
    return out;
  });
}

export const test = base.extend<{ openMap: (query?: string) => Promise<void> }>({
  openMap: async ({ page, openPage }, use) => {
    await use(async (query = '') => {
      await openPage(`/map/${query}`);
      if (!query) await turnToMap(page);
      await expect(page.locator('.amb-app[data-map-state="ready"]')).toBeVisible();
      await expect(map(page)).toHaveAttribute('data-drawn', query || '?');
      await expect(map(page)).toHaveAttribute('data-basemap', 'ready');
    });
  },
});

export { expect };

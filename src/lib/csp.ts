/**
 * The book's Content Security Policy, in one place: astro.config.mjs hands it to Astro (which adds
 * the hashes of the scripts it bundles and writes the <meta>), and host header files can be made
 * from the same directives. Pure: Web Crypto only, so it runs in the build, Vitest and a browser.
 */
import type { AstroUserConfig } from 'astro';

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<AstroCsp['directives']>[number];
type Hash = `sha256-${string}`;

/**
 * Runs in <head> before first paint, inline (no render-blocking request): a chosen theme never
 * flashes, and classes on <html> let CSS show what the page script will enable from the first
 * frame, so nothing moves when it starts (no layout shift): `js` (search and theme buttons),
 * `can-speak` (the Listen control, where the browser has speech synthesis). Its hash is in the CSP.
 */
export const THEME_INIT_SCRIPT =
  "var h=document.documentElement;h.classList.add('js');if('speechSynthesis'in window)h.classList.add('can-speak');try{var t=localStorage.getItem('etw:theme');if(t==='light'||t==='dark')h.dataset.theme=t}catch(e){}";

/** The hash of an inline script or style as Astro's config takes it: sha256-<base64 digest> (a header quotes it). */
export async function cspHash(text: string): Promise<Hash> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}

/** Directives other than script-src and style-src (Astro writes those two). */
export function cspDirectives(tileOrigin = ''): Directive[] {
  return [
    "default-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Astro's `security.csp` option. Pagefind runs WebAssembly, hence 'wasm-unsafe-eval'. */
export async function astroCsp(tileOrigin = ''): Promise<AstroCsp> {
  return {
    directives: cspDirectives(tileOrigin),
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [await cspHash(THEME_INIT_SCRIPT)] },
    // Inline style attributes (SVG, Leaflet) still need 'unsafe-inline'.
    styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
  };
}

/**
 * The last step of writing a .pptx: the brand theme goes in, and every date
 * (the document properties and each zip entry's timestamp) is set to the
 * date given, so the same content always gives byte-identical files (a
 * rebuild of one commit must not change what an offline reader has saved).
 */
import JSZip from 'jszip';
import { BRAND, brandTheme } from './pptx-theme.ts';

const THEME_PART = 'ppt/theme/theme1.xml';
const CORE_PART = 'docProps/core.xml';
const APP_PART = 'docProps/app.xml';

/** "2026-11-22T00:00:00Z": the W3CDTF form the document properties use. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function finishPackage(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980)
    throw new Error(`A .pptx date must be a real date from 1980 on (zip timestamps start then), not ${String(date)}`);
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  // Keep pptxgenjs's order ([Content_Types].xml first); folders are implied by the paths.
  for (const file of Object.values(source.files)) {
    if (file.dir) continue;
    let content: string | Uint8Array;
    if (file.name === THEME_PART) content = brandTheme(await file.async('string'));
    else if (file.name === CORE_PART)
      content = (await file.async('string')).replace(
        /(<dcterms:(created|modified) [^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${w3cdtf(date)}${close}`,
      );
    // pptxgenjs lists Calibri as the font used, whatever the theme says.
    else if (file.name === APP_PART)
      content = (await file.async('string')).replaceAll('<vt:lpstr>Calibri</vt:lpstr>', `<vt:lpstr>${BRAND.bodyFont}</vt:lpstr>`);
    else content = await file.async('uint8array');
    out.file(file.name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

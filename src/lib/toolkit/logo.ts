/**
 * The deck builder's optional logo: read in the browser, never uploaded. A
 * file is accepted by what its bytes are, not by its name, so a renamed
 * document is refused with the reason.
 */
export const MAX_LOGO_BYTES = 512 * 1024;
export type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';
export type LogoCheck = { type: LogoType } | { error: string };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function checkLogo(name: string, bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { error: `${name} is empty.` };
  if (bytes.length > MAX_LOGO_BYTES)
    return {
      error: `${name} is ${Math.round(bytes.length / 1024)} KB; a logo of at most ${MAX_LOGO_BYTES / 1024} KB keeps the deck light.`,
    };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg' };
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return { type: 'image/svg+xml' };
  return { error: `${name} is not a PNG, JPEG or SVG image.` };
}

/**
 * Build-time reading of the edition config (content/edition.yaml, or the file
 * EDITION_FILE names). A bad file stops the build, naming the file and the
 * line of a YAML error, every invalid field, a logo missing from public/, or
 * an accent colour that fails WCAG AA (with its contrast ratio).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { contactFor, validateEdition, type Contact, type EditionConfig } from '../lib/edition.ts';

export const DEFAULT_EDITION_FILE = 'content/edition.yaml';

export function editionFilePath(): string {
  return resolve(process.env.EDITION_FILE ?? DEFAULT_EDITION_FILE);
}

export interface Edition extends EditionConfig {
  /** The contact readers of that country get (see contactFor in src/lib/edition.ts). */
  contactFor(country: string): Contact;
}

export function parseEdition(text: string, file: string, publicDir = resolve('public')): Edition {
  const name = relative(process.cwd(), file) || file;
  const doc = parseDocument(text, { prettyErrors: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const at = syntax.linePos?.[0] ?? { line: 0, col: 0 };
    throw new Error(`${name}:${at.line}:${at.col}: invalid YAML: ${syntax.message.split('\n')[0]}`);
  }
  const checked = validateEdition(doc.toJS());
  if (!checked.ok) throw new Error(`${name}: the edition config is not valid:\n${checked.problems.map((p) => `  ${p}`).join('\n')}`);
  const edition = checked.edition;
  if (!existsSync(join(publicDir, edition.logo.src))) {
    throw new Error(`${name}: logo.src ${edition.logo.src} is not a file in ${relative(process.cwd(), publicDir) || publicDir}/`);
  }
  return { ...edition, contactFor: (country) => contactFor(edition, country) };
}

let cache: { path: string; edition: Edition } | undefined;

/** The validated edition, read once per build. */
export function getEdition(path = editionFilePath()): Edition {
  if (cache?.path !== path) cache = { path, edition: parseEdition(readFileSync(path, 'utf8'), path) };
  return cache.edition;
}

import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { gunzipSync } from 'node:zlib';
import { offlineManifest, type BuiltFile, type Digest, type FragmentInfo } from '../lib/offline.ts';

const WORKER = new URL('../client/offline-worker/offline-worker.ts', import.meta.url);

const sha256: Digest = (chunks) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};

/** A Pagefind fragment is gzipped JSON after a 12-byte signature; its page's URL and result kind. */
function readFragment(file: BuiltFile): FragmentInfo | undefined {
  try {
    const data = gunzipSync(file.content).subarray(12);
    const fragment = JSON.parse(new TextDecoder().decode(data)) as { url?: string; meta?: { kind?: string } };
    return fragment.url ? { url: fragment.url, kind: fragment.meta?.kind } : undefined;
  } catch {
    // Not a fragment this worker can use offline: that page is then searchable offline only with the whole book saved.
    return undefined;
  }
}

/**
 * The worker as a classic script (sw.js is registered without `type: 'module'`):
 * types stripped, and without the `export {}` TypeScript leaves where its
 * type-only import was, which a classic script cannot parse.
 */
export function workerScript(source: string): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    fileName: fileURLToPath(WORKER),
  });
  return outputText.replace(/^export \{\};\s*$/m, '');
}

/**
 * Writes dist/sw.js (the service worker in src/client/offline-worker/ with
 * the list of the book's files before it) and dist/offline.json (version,
 * number of files and size, for the /offline/ page). Runs after Pagefind, so
 * the search index is among the files and search works offline too.
 */
export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'etwinning:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files: BuiltFile[] = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .filter((path) => statSync(join(outDir, path)).isFile())
          .map((path) => {
            const content = readFileSync(join(outDir, path));
            return { path: path.split(sep).join('/'), bytes: content.length, content };
          });
        const manifest = offlineManifest(files, sha256, readFragment);
        if (!manifest.shell.length) throw new Error('offline: dist/offline/index.html is missing, so readers offline would get nothing');
        const worker = workerScript(readFileSync(WORKER, 'utf8'));
        writeFileSync(join(outDir, 'sw.js'), `const BOOK = ${JSON.stringify(manifest)};\n${worker}`);
        const { version, bytes } = manifest;
        writeFileSync(join(outDir, 'offline.json'), JSON.stringify({ version, files: manifest.files.length, bytes }));
        logger.info(`offline: ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, version ${version}`);
      },
    },
  };
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseDocument } from 'yaml';

export interface YamlListEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * The entries of a YAML file holding a list, each with an `id`. Throws
 * `path:line:col: invalid YAML: …` on a syntax error, and names an entry
 * without an id or with a duplicate id.
 */
export function parseYamlList(text: string, path: string): YamlListEntry[] {
  const doc = parseDocument(text, { prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0] ?? { line: 0, col: 0 };
    throw new Error(`${path}:${at.line}:${at.col}: invalid YAML: ${problem.message.split('\n')[0]}`);
  }
  const entries: unknown = doc.toJS();
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of entries`);
  const seen = new Set<string>();
  return entries.map((raw: unknown, index) => {
    const data = (raw ?? {}) as Record<string, unknown>;
    const id = data.id;
    if (typeof id !== 'string' || !id) throw new Error(`${path}: entry ${index + 1} has no id`);
    if (seen.has(id)) throw new Error(`${path}: duplicate id "${id}"`);
    seen.add(id);
    return { id, data };
  });
}

/**
 * Loads a YAML list file (path relative to the project root). Unlike Astro's
 * file() loader, which logs a YAML syntax error and carries on with an empty
 * (or stale) collection, this stops the build with the file, line and column
 * at fault. Like file(), it watches the file in `astro dev`: an edit reloads
 * the collection, and a broken edit is logged while the last good data stay.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async (context) => {
      const file = fileURLToPath(new URL(path, context.config.root));
      await syncYamlList(context, file, path);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(file);
      watcher.on('change', (changed) => {
        if (changed !== file) return;
        syncYamlList(context, file, path).then(
          () => logger.info(`Reloaded ${path}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

/** Validates every entry before touching the store, so a bad edit leaves the previous data whole. */
async function syncYamlList(context: LoaderContext, file: string, path: string): Promise<void> {
  const entries = parseYamlList(await readFile(file, 'utf8'), path);
  const parsed = [];
  for (const { id, data } of entries) parsed.push({ id, raw: data, data: await context.parseData({ id, data, filePath: path }) });
  context.store.clear();
  for (const { id, raw, data } of parsed) context.store.set({ id, data, digest: context.generateDigest(raw), filePath: path });
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';

/**
 * Loads a YAML file holding a list of entries, each with an `id`. Unlike
 * Astro's file() loader, which logs a YAML syntax error and carries on with an
 * empty (or stale) collection, this stops the build with the file, line and
 * column at fault, and names any entry without an id or with a duplicate id.
 */
export function yamlListLoader(path: string): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, generateDigest, config }) => {
      const file = resolve(new URL(config.root).pathname, path);
      const text = await readFile(file, 'utf8');
      const doc = parseDocument(text, { prettyErrors: true });
      const problem = doc.errors[0];
      if (problem) {
        const [line, col] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [0, 0];
        throw new Error(`${path}:${line}:${col}: invalid YAML: ${problem.message.split('\n')[0]}`);
      }
      const entries: unknown = doc.toJS();
      if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of entries`);
      store.clear();
      const seen = new Set<string>();
      for (const [index, raw] of entries.entries()) {
        const id = (raw as { id?: unknown })?.id;
        if (typeof id !== 'string' || !id) throw new Error(`${path}: entry ${index + 1} has no id`);
        if (seen.has(id)) throw new Error(`${path}: duplicate id "${id}"`);
        seen.add(id);
        const data = await parseData({ id, data: raw as Record<string, unknown>, filePath: path });
        store.set({ id, data, digest: generateDigest(raw as Record<string, unknown>), filePath: path });
      }
    },
  };
}

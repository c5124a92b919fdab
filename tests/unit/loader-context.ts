/**
 * Test helper: the parts of Astro's loader context a loader uses, validating
 * with the collection's schema as Astro's parseData does, and recording what
 * the loader stores and logs. `watcher` stands in for `astro dev`'s file watcher.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';

export interface FakeWatcher extends EventEmitter {
  watched: string[];
  add(path: string): void;
}

export function fakeWatcher(): FakeWatcher {
  const watcher = new EventEmitter() as FakeWatcher;
  watcher.watched = [];
  watcher.add = (path) => watcher.watched.push(path);
  return watcher;
}

export function fakeContext(root: string, schema: z.ZodType, watcher?: FakeWatcher) {
  const stored = new Map<string, { data: unknown; filePath?: string | undefined }>();
  const parsedFiles: string[] = [];
  const logs = new EventEmitter();
  const log = (level: string) => (message: string) => logs.emit(level, message);
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data, filePath }: { id: string; data: unknown; filePath?: string }) => Boolean(stored.set(id, { data, filePath })),
    },
    parseData: async ({ data, filePath }: { data: unknown; filePath?: string }) => {
      if (filePath) parsedFiles.push(filePath);
      return schema.parseAsync(data);
    },
    generateDigest: (data: unknown) => JSON.stringify(data),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: () => undefined },
    watcher,
  } as unknown as LoaderContext;
  /** Resolves with the next message logged at `level`. */
  const next = (level: 'info' | 'error') => new Promise<string>((done) => logs.once(level, done));
  return { context, stored, parsedFiles, next };
}

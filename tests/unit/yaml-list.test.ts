import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/lib/content-schemas.ts';
import { parseYamlList, yamlListLoader } from '../../src/loaders/yaml-list.ts';
import { fakeContext, fakeWatcher } from './loader-context.ts';

const GLOSSARY = 'content/glossary/terms.yaml';

describe('reading a YAML list file', () => {
  it('names the file, line and column of a syntax error', () => {
    const original = readFileSync(GLOSSARY, 'utf8').trimEnd();
    // An unquoted value containing ": " is the classic hand-editing mistake.
    const broken = `${original}\n- id: broken\n  term: Broken\n  definition: Two things: this breaks the line\n`;
    const line = original.split('\n').length + 3;
    expect(() => parseYamlList(broken, GLOSSARY)).toThrow(new RegExp(`^content/glossary/terms\\.yaml:${line}:\\d+: invalid YAML: \\S`));
  });

  it('names an entry without an id, a repeated id, and a file that is not a list', () => {
    expect(() => parseYamlList('- id: a\n- term: no id\n', 'f.yaml')).toThrow('f.yaml: entry 2 has no id');
    expect(() => parseYamlList('- id: a\n- id: a\n', 'f.yaml')).toThrow('f.yaml: duplicate id "a"');
    expect(() => parseYamlList('id: a\n', 'f.yaml')).toThrow('f.yaml: expected a list of entries');
  });
});

describe('the YAML list loader', () => {
  const root = mkdtempSync(join(tmpdir(), 'yaml-list-'));
  mkdirSync(join(root, 'content'));
  const file = join(root, 'content/terms.yaml');
  const term = (definition: string) => `- id: twinspace\n  term: TwinSpace\n  definition: "${definition}"\n`;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores every entry as the schema gives it, telling Astro which file it came from', async () => {
    writeFileSync(file, term('A project’s own private online space.'));
    const { context, stored, parsedFiles } = fakeContext(root, glossarySchema);
    await yamlListLoader('content/terms.yaml').load(context);
    expect(stored.get('twinspace')).toEqual({
      data: { id: 'twinspace', term: 'TwinSpace', definition: 'A project’s own private online space.', seeAlso: [] },
      filePath: 'content/terms.yaml',
    });
    expect(parsedFiles).toEqual(['content/terms.yaml']);
  });

  it('stops the build when an entry does not match the schema', async () => {
    writeFileSync(file, term('Too short.'));
    const { context } = fakeContext(root, glossarySchema);
    await expect(yamlListLoader('content/terms.yaml').load(context)).rejects.toThrow(/definition/);
  });

  it('in astro dev, reloads an edited file and keeps the last good entries when an edit breaks it', async () => {
    writeFileSync(file, term('A project’s own private online space.'));
    const watcher = fakeWatcher();
    const { context, stored, next } = fakeContext(root, glossarySchema, watcher);
    await yamlListLoader('content/terms.yaml').load(context);
    expect(watcher.watched).toEqual([file]);

    writeFileSync(file, term('The private space where partners of one project work together.'));
    const reloaded = next('info');
    watcher.emit('change', join(root, 'content/other.yaml'));
    watcher.emit('change', file);
    expect(await reloaded).toBe('Reloaded content/terms.yaml');
    const definition = () => (stored.get('twinspace')?.data as { definition: string }).definition;
    expect(definition()).toBe('The private space where partners of one project work together.');

    writeFileSync(file, `${term('Still fine here.')}  definition: Two things: this breaks\n`);
    const failed = next('error');
    watcher.emit('change', file);
    expect(await failed).toMatch(/^content\/terms\.yaml:4:\d+: invalid YAML/);
    expect(definition()).toBe('The private space where partners of one project work together.');
  });
});

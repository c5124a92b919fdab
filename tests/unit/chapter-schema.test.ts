import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A chapter with bad frontmatter must stop the build with the file and the
 * field at fault. We copy the project's config and content into a scratch
 * project inside .build/ (so node_modules resolves) and run `astro sync`,
 * which validates every collection exactly as the build does.
 */
const root = resolve(import.meta.dirname, '../..');
let scratch = '';

function astroSync() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DIR: '' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function syncWith(fileName: string, source: string) {
  const path = join(scratch, 'content/chapters', fileName);
  writeFileSync(path, source);
  try {
    return astroSync();
  } finally {
    rmSync(path, { force: true });
  }
}

const GOOD_FRONTMATTER = `title: A test chapter
description: A chapter written only to test the content schema.
part: discover
order: 99
audience: [teacher]
sources: [overview]
reviewed: 2026-11-22`;

describe('chapter frontmatter validation', () => {
  beforeAll(() => {
    mkdirSync(join(root, '.build'), { recursive: true });
    scratch = mkdtempSync(join(root, '.build/schema-test-'));
    for (const item of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(scratch, item), { recursive: true });
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails naming the file and the missing title', () => {
    const { status, output } = syncWith('no-title.mdx', `---\n${GOOD_FRONTMATTER.replace(/^title:.*\n/, '')}\n---\n\n## Hello\n`);
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/no-title.mdx');
    expect(output).toMatch(/title/);
  }, 120_000);

  it('fails naming the field when a value is of the wrong kind', () => {
    const { status, output } = syncWith(
      'bad-part.mdx',
      `---\n${GOOD_FRONTMATTER.replace('part: discover', 'part: chapter-one')}\n---\n\n## Hello\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/bad-part.mdx');
    expect(output).toMatch(/part/);
  }, 120_000);

  it('accepts a well-formed chapter', () => {
    const { status, output } = syncWith('fine.mdx', `---\n${GOOD_FRONTMATTER}\n---\n\n## Hello\n`);
    expect(output).not.toMatch(/InvalidContentEntryDataError/);
    expect(status).toBe(0);
  }, 120_000);

  it('fails naming the file and line when a YAML data file is malformed', () => {
    const glossary = join(scratch, 'content/glossary/terms.yaml');
    const original = readFileSync(glossary, 'utf8');
    // An unquoted value containing ": " is the classic hand-editing mistake.
    writeFileSync(glossary, `${original}\n- id: broken\n  term: Broken\n  definition: Two things: this breaks the line\n`);
    try {
      const { status, output } = astroSync();
      expect(status).not.toBe(0);
      expect(output).toMatch(/content\/glossary\/terms\.yaml:\d+:\d+: invalid YAML/);
    } finally {
      writeFileSync(glossary, original);
    }
  }, 120_000);
});

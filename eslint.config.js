// ESLint for the whole tree: type-checked TypeScript everywhere, Astro
// components, Preact hooks, and accessibility rules for JSX and Astro markup.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One rule for relative imports: they name the file with its extension
 * (`./geo.ts`, `./Card.astro`), as Node's own TypeScript support needs for
 * the CLIs in scripts/, so every folder reads the same way.
 */
const RELATIVE_WITHOUT_EXTENSION = String.raw`/^(\.{1,2}|~)\/(?!.*\.(ts|tsx|astro|css|js|mjs|json|yaml)$)/`;
const importExtensions = {
  'no-restricted-syntax': [
    'error',
    ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
      selector: `${node}[source.value=${RELATIVE_WITHOUT_EXTENSION}]`,
      message: 'Relative imports name the file with its extension (./file.ts, ./Component.astro).',
    })),
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/', '.build/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/', 'content/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...importExtensions,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Types are imported with `import type` so islands never pull server modules by accident.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: { react: { version: '18' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.astro'],
    rules: importExtensions,
  },
  {
    // Scripts inside .astro files are linted without types (eslint-plugin-astro's virtual files have no project).
    files: ['**/*.astro/*.ts', '**/*.astro/*.js', '*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

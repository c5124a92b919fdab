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
    // astro-eslint-parser takes a project, not the project service.
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
    rules: {
      ...importExtensions,
      // A scrolling table or diagram is a focusable region on purpose: keyboard users must be able to scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
      // role="list" on a list whose bullets are styled away: Safari and VoiceOver drop its list semantics otherwise.
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      // Astro.props and astro:content's types are inferred by Astro's own language tools (`astro check`, which
      // runs in npm test), not by astro-eslint-parser, which sees them as unresolved: these rules would only
      // report that, not unsafe code.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Scripts inside .astro files are linted without types (eslint-plugin-astro's virtual files have no project).
    files: ['**/*.astro/*.ts', '**/*.astro/*.js', '*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // French puts a no-break space before : ; ? ! and inside « », and between a number and %: the
    // translations' strings and templates carry them on purpose.
    files: ['src/i18n/**/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

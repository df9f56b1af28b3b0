// ESLint flat config: typescript-eslint's recommended rules without type information (fast,
// no tsconfig program), eslint-plugin-astro for the components, and the import boundary
// that keeps the pure code reachable by vitest without a build (STYLE.md).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Plain TypeScript that must never see Astro's virtual modules; each folder's one adapter
// (the file that hands its output to Astro) is the exception. tests/lint/import-boundaries.test.ts
// lints sample text at these paths through this config.
const pureFolders = ['src/pipeline/**', 'src/site/**', 'src/feeds/**', 'src/social/**'];
const astroAdapters = ['src/feeds/astro-feeds.ts', 'src/social/card-route.ts'];

const boundaryMessage =
  'Pure modules stay free of Astro: take data as arguments and let the loader or a route adapter (src/feeds/astro-feeds.ts, src/social/card-route.ts) talk to Astro.';

// Static imports of `astro:*` virtual modules and of the astro package, dynamic `import()` of
// either, and Vite's `import.meta.env`: each ties a module to a running Astro build.
const astroImportBoundary = {
  'no-restricted-imports': ['error', { patterns: [{ regex: '^astro(:|/|$)', message: boundaryMessage }] }],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression[source.value=/^astro(:|\\/|$)/]', message: boundaryMessage },
    { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: boundaryMessage },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      '.astro/**',
      'node_modules/**',
      'bench/.work/**',
      'bench/baseline/**',
      'bench/baseline-og/**',
      'tests/fixtures/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberate placeholders (unused parameters of a callback shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // `let [a, b] = …` where only some are reassigned later reads better than two statements.
      'prefer-const': ['error', { destructuring: 'all' }],
      // `cond ? a++ : b++` is a counting idiom in the byte sniffers.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
    },
  },
  {
    files: ['tests/**', 'bench/**'],
    rules: {
      // Test doubles are deliberately loose, and hostile-input tests match control characters.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: pureFolders,
    ignores: astroAdapters,
    rules: astroImportBoundary,
  },
);

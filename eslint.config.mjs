// @ts-check
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** The layering rule: shared imports no layer; the renderer no Node; only the shell imports Electron. */
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'http',
  'util',
];
const restrict = (patterns, message, ...more) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
});

const rendererBan = [
  ['**/electron/**', 'electron', ...nodeBuiltins],
  'The renderer reaches the backend only through window.api (renderer/src/api.ts).',
];

/**
 * Features import ui/, shell/, data/ and shared/, never another feature's folder: what two features
 * share lives in data/ (or ui/), and what one shows inside another's page goes through shell/slots.
 */
const features = readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const otherFeatures = (own) =>
  features
    .filter((f) => f !== own)
    .flatMap((f) => [
      `**/features/${f}`,
      `**/features/${f}/**`,
      ...['../', '../../', '../../../'].flatMap((up) => [`${up}${f}`, `${up}${f}/**`]),
    ]);
const featureRules = features.map((own) => ({
  files: [`renderer/src/features/${own}/**/*.ts`, `renderer/src/features/${own}/**/*.tsx`],
  rules: restrict(...rendererBan, {
    group: otherFeatures(own),
    message: `A feature imports only ui/, shell/, data/ and shared/: "${own}" may not reach into another feature's folder.`,
  }),
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'bin/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Plain CommonJS helpers that run outside TypeScript (the kill-loop child).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom', ...nodeBuiltins],
      'shared/ is pure: it imports neither Node, Electron, React nor another layer.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict(...rendererBan),
  },
  ...featureRules,
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: restrict(
      ['electron', '**/renderer/**'],
      'Only electron/shell imports Electron: the backend, host and CLI run in plain Node.',
    ),
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'The shell does not import the renderer.'),
  },
);

// Lint enforces the architecture as well as style: domain code stays pure,
// UI code never does I/O itself, and the server never reaches into the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ioGlobals = ['fetch', 'indexedDB', 'localStorage', 'XMLHttpRequest'].map((name) => ({
  name,
  message: 'UI and domain code do no I/O: go through src/data or src/sync.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...ioGlobals, 'window', 'document', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'dexie', 'idb-keyval', 'preact', 'preact/*', 'fastify', 'kysely'],
              message: 'src/domain is pure: no DOM, storage, UI or Node APIs.',
            },
            {
              group: ['../data/*', '../sync/*', '../app/*', '../scanner/*', '../sw/*'],
              message: 'src/domain depends on nothing else in the project.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/main.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...ioGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'dexie',
                'idb-keyval',
                '../data/*',
                '../../data/*',
                '../sync/*',
                '../../sync/*',
              ],
              message:
                'UI components get their services through props/context (src/app/services.ts); only main.tsx wires the real ones.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['sync-server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/app/*', '**/src/data/*', '**/src/sync/*', 'dexie', 'preact'],
              message: 'The server shares only src/domain with the app.',
            },
          ],
        },
      ],
    },
  },
);

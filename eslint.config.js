// Lint holds the architecture as well as the style. Each layer rule below says why it exists; the
// layers themselves are drawn in docs/architecture.md. Paths are matched after resolution
// (import-x/no-restricted-paths), so a rule holds at any folder depth.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ioGlobals = ['fetch', 'indexedDB', 'localStorage', 'XMLHttpRequest'].map((name) => ({
  name,
  message:
    'UI and domain code do no I/O: go through src/services (which use src/data and src/sync).',
}));

/** The server's features: each is a folder whose index.ts is its only door. */
const SERVER_FEATURES = [
  'admin',
  'certificates',
  'devices',
  'fhir',
  'operators',
  'registry',
  'reports',
  'seed',
  'sync',
];
const server = (folder) => `./sync-server/src/${folder}`;

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      // A circle of imports makes two rooms one and lets a module be read half-initialised. This
      // rule sees value imports; tests/unit/architecture/import-cycles.test.ts adds type imports.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              // The rules shared by the tablet and the server must run on both: nothing else of
              // the project may leak into them.
              target: './src/domain',
              from: ['./src', './sync-server'],
              except: ['./domain'],
              message: 'src/domain depends on nothing else in the project.',
            },
            {
              // Storage and network are the bottom layers: a service or a screen above them can
              // change without touching them, and they can be tested alone.
              target: ['./src/data', './src/sync'],
              from: ['./src/app', './src/services'],
              message:
                'src/data and src/sync sit below src/services and src/app: pass what they need in.',
            },
            {
              target: './src/services',
              from: './src/app',
              message: 'Services serve the UI and never import it.',
            },
            {
              // The server is another program: it shares only the pure rules.
              target: './sync-server',
              from: ['./src/app', './src/services', './src/data', './src/sync', './src/scanner'],
              message: 'The server shares only src/domain with the app.',
            },
            {
              // Plumbing under every feature: if it imported one, a change in a feature could
              // break every other through the store or the HTTP layer.
              target: [server('store'), server('http'), server('shared')],
              from: SERVER_FEATURES.map(server),
              message: 'store/, http/ and shared/ are plumbing: they import no feature.',
            },
            // Features meet only through each other's index.ts, so a feature can rearrange its
            // inside without the others noticing.
            ...SERVER_FEATURES.map((feature) => ({
              target: server(feature),
              from: SERVER_FEATURES.filter((other) => other !== feature).map(server),
              except: ['./index.ts'],
              message: 'Import another feature through its index.ts only.',
            })),
          ],
        },
      ],
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
          ],
        },
      ],
    },
  },
  {
    // The wire schemas are the server's; the tablet takes only their types (protocol.ts), so the
    // schema library stays out of its bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/protocol-schemas.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sinclair/typebox', '@sinclair/typebox/*', '**/protocol-schemas'],
              allowTypeImports: true,
              message: 'Tablet code imports the wire schemas for their types only (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    // Screens get their services through context (src/services/contracts.ts), so each can be
    // shown with fakes; only main.tsx wires the real ones.
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/main.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...ioGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'idb-keyval'],
              message: 'The UI does no storage of its own: go through src/services.',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/app',
              from: ['./src/data', './src/sync'],
              message: 'UI code does no storage or network itself: it calls src/services.',
            },
            {
              target: './src/app',
              from: './src/services',
              except: ['./contracts.ts'],
              message: 'UI code sees services only as contracts (src/services/contracts.ts).',
            },
          ],
        },
      ],
    },
  },
);

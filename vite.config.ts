import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The app registers the worker itself through workbox-window (src/app/pwa) so it can
      // offer updates instead of forcing them.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
      },
    }),
  ],
  // Tablets run current Chromium: no modulepreload polyfill in the shell's byte budget. No source
  // maps: they would hand anyone the full source from the production server.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // One module graph per worker, not per file: importing the server (Fastify, Kysely, the
          // drivers) again for each of ~60 files cost more CPU than the tests. Every file builds
          // its own app and database, so nothing leaks between them.
          isolate: false,
          testTimeout: 30000,
          // SQLite, even when the shell exports TEST_DATABASE_URL for server-pg (as .ci/run does).
          env: { TEST_DATABASE_URL: '' },
        },
      },
      {
        // The same server tests on PostgreSQL, each in a schema of its own.
        test: {
          name: 'server-pg',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // One module graph per worker, not per file: importing the server (Fastify, Kysely, the
          // drivers) again for each of ~60 files cost more CPU than the tests. Every file builds
          // its own app and database, so nothing leaks between them.
          isolate: false,
          testTimeout: 30000,
          env: {
            TEST_DATABASE_URL:
              process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vax_test',
          },
          globalSetup: ['tests/server/helpers/pg-global-setup.ts'],
        },
      },
    ],
  },
});

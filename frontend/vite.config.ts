import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Test files that vi.mock a module the others load for real (@forge/bridge): each runs on its own. */
const ISOLATED = ['src/api/client.forge.test.ts'];

// One HTML entry per Connect module, named like its descriptor key. The HTML shells end up in
// target/classes/pages (served behind a page JWT by the app), the assets in target/classes/static.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../target/classes/static'),
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        'getting-started': resolve(import.meta.dirname, 'pages/getting-started.html'),
        admin: resolve(import.meta.dirname, 'pages/admin.html'),
        'satisfaction-policy': resolve(import.meta.dirname, 'pages/satisfaction-policy.html'),
        'relationship-matrix': resolve(import.meta.dirname, 'pages/relationship-matrix.html'),
        'quarterly-review': resolve(import.meta.dirname, 'pages/quarterly-review.html'),
        'matrix-macro': resolve(import.meta.dirname, 'pages/matrix-macro.html'),
        'matrix-macro-editor': resolve(import.meta.dirname, 'pages/matrix-macro-editor.html'),
        preview: resolve(import.meta.dirname, 'pages/preview.html'),
        'issue-panel': resolve(import.meta.dirname, 'pages/issue-panel.html'),
        'issue-context': resolve(import.meta.dirname, 'pages/issue-context.html'),
      },
    },
  },
  test: {
    environment: 'jsdom',
    // Worker threads rather than child processes, and test files share their worker's jsdom (a third of the
    // time: starting a jsdom per file was most of the run); src/test-setup.ts empties the document after each test.
    // A page's entry (main.test.ts) is loaded afresh with vi.resetModules, which would hand the files after it
    // new copies of the modules they share: those run isolated.
    pool: 'threads',
    setupFiles: ['src/test-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.ts'], exclude: ['src/pages/*/main.test.ts', ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'entries', include: ['src/pages/*/main.test.ts', ...ISOLATED], isolate: true } },
    ],
  },
});
